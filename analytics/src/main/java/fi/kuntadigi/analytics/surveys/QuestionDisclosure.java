package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.analytics.surveys.FeasibleRange.Fact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which figures of one question's tables may be published (methodology §4.2). The question's answers are a
 * table of counts: municipality x age band x answer value. Published from it are, per area (each municipality
 * and the region) and age band (each band and all ages), the answer count and the positive share (the count of
 * positive answers), and per area over all ages the count of each answer value. The rule:
 * <ol>
 * <li>primary: a count of people under the threshold (zero included) is withheld — an answer count, a
 * positive or non-positive count (the share), an answer-value count;</li>
 * <li>shapes that cannot leak by subtraction: a municipality's age bands are published all or none (counts and
 * shares each), an answer value's count only where the area's share is published and every value of the same
 * side (positive / not) is;</li>
 * <li>audit: for every withheld count, a linear programme finds the interval it can take given every published
 * figure; while one holds fewer than the threshold's worth of whole numbers, one more figure beside it is
 * withheld (of the same kind, in the target's row or column or those of their totals, parts before totals,
 * the smallest first; if none is left, everything but the region's answer count).</li>
 * </ol>
 * Every withheld figure carries the same reason, so the reason does not tell a small group from a complement.
 */
public final class QuestionDisclosure {

    /** What is published: answer counts and shares per [area][band], answer-value counts per [area][value]. */
    public record Published(boolean[][] count, boolean[][] share, boolean[][] distribution) {
        /** True when area {@code a}'s band cells all have their share published (post-stratification derivable). */
        public boolean allBandSharesPublished(int a) {
            for (int b = 0; b < share[a].length - 1; b++) {
                if (!share[a][b]) {
                    return false;
                }
            }
            return true;
        }
    }

    private enum Kind { COUNT, SHARE, DISTRIBUTION }

    private record Item(Kind kind, int area, int index) {
    }

    private final long[][][] counts;
    private final IntPredicate positive;
    private final int k;
    private final int munis;
    private final int bands;
    private final int values;
    private final boolean[][] count;
    private final boolean[][] share;
    private final boolean[][] distribution;
    /** The attacker's view of what is published now; null after a change. */
    private FeasibleRange range;

    /**
     * @param counts   answers per [municipality][age band][answer value index]
     * @param positive whether an answer value index is a positive answer
     * @param k        the threshold
     */
    public QuestionDisclosure(long[][][] counts, IntPredicate positive, int k) {
        this.counts = counts;
        this.positive = positive;
        this.k = k;
        this.munis = counts.length;
        this.bands = munis == 0 ? 0 : counts[0].length;
        this.values = bands == 0 ? 0 : counts[0][0].length;
        this.count = new boolean[munis + 1][bands + 1];
        this.share = new boolean[munis + 1][bands + 1];
        this.distribution = new boolean[munis + 1][values];
    }

    /** Area index of the region; band index of all ages. */
    public int region() {
        return munis;
    }

    public Published decide() {
        primary();
        shapes();
        audit();
        return new Published(count, share, distribution);
    }

    private void primary() {
        for (int a = 0; a <= munis; a++) {
            for (int b = 0; b <= bands; b++) {
                long n = n(a, b);
                long p = positives(a, b);
                count[a][b] = n >= k;
                share[a][b] = n >= k && p >= k && n - p >= k;
            }
            for (int v = 0; v < values; v++) {
                distribution[a][v] = valueCount(a, v) >= k;
            }
        }
    }

    /** The invariants of rule 2, restored after every change. */
    private void shapes() {
        range = null;
        for (int a = 0; a <= munis; a++) {
            for (int b = 0; b <= bands; b++) {
                share[a][b] &= count[a][b];
            }
            if (a < munis) {
                allOrNone(count[a]);
                allOrNone(share[a]);
            }
            for (boolean side : new boolean[] {true, false}) {
                boolean all = share[a][bands];
                for (int v = 0; v < values; v++) {
                    all &= positive.test(v) != side || distribution[a][v];
                }
                for (int v = 0; v < values; v++) {
                    if (positive.test(v) == side) {
                        distribution[a][v] = all;
                    }
                }
            }
        }
    }

    private void allOrNone(boolean[] row) {
        boolean all = true;
        for (int b = 0; b < bands; b++) {
            all &= row[b];
        }
        for (int b = 0; b < bands; b++) {
            row[b] = all;
        }
    }

    private void audit() {
        Deque<Item> queue = new ArrayDeque<>(withheld());
        while (!queue.isEmpty()) {
            Item target = queue.peek();
            if (!exposed(target)) {
                queue.pop();
                continue;
            }
            List<Item> before = withheld();
            if (!withholdBeside(target)) {
                withholdAll();
            }
            shapes();
            withheld().stream().filter(i -> !before.contains(i)).forEach(queue::add);
        }
    }

    /** True when the target's feasible interval holds fewer than k whole numbers. */
    private boolean exposed(Item target) {
        if (range == null) {
            range = new FeasibleRange(munis * bands * values, facts());
        }
        return range.of(unknowns(target)).narrowerThan(k);
    }

    private List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        for (Item i : published()) {
            facts.add(Fact.sum(boxed(unknowns(i)), value(i)));
        }
        return facts;
    }

    private static List<Integer> boxed(int[] a) {
        List<Integer> out = new ArrayList<>(a.length);
        for (int i : a) {
            out.add(i);
        }
        return out;
    }

    /** Withholds the most suitable published figure of the target's row or column; false when there is none. */
    private boolean withholdBeside(Item t) {
        List<Item> candidates = new ArrayList<>();
        if (t.kind() == Kind.DISTRIBUTION) {
            for (int v = 0; v < values; v++) {
                candidates.add(new Item(Kind.DISTRIBUTION, t.area(), v));
            }
            for (int a = 0; a <= munis; a++) {
                candidates.add(new Item(Kind.DISTRIBUTION, a, t.index()));
            }
            candidates.add(new Item(Kind.SHARE, t.area(), bands));
        } else {
            // the relations the target is in (its row and column) and those of their totals
            for (int area : new int[] {t.area(), munis}) {
                for (int b = 0; b <= bands; b++) {
                    candidates.add(new Item(t.kind(), area, b));
                }
            }
            for (int band : new int[] {t.index(), bands}) {
                for (int a = 0; a <= munis; a++) {
                    candidates.add(new Item(t.kind(), a, band));
                }
            }
        }
        Item pick = candidates.stream().filter(this::isPublished)
                .min(Comparator.comparing(this::isTotal).thenComparingLong(this::value)
                        .thenComparingInt(Item::area).thenComparingInt(Item::index)).orElse(null);
        if (pick == null) {
            return false;
        }
        set(pick, false);
        return true;
    }

    private boolean isTotal(Item i) {
        return i.area() == munis || (i.kind() != Kind.DISTRIBUTION && i.index() == bands);
    }

    /** Last resort: only the region's answer count stays. */
    private void withholdAll() {
        range = null;
        for (int a = 0; a <= munis; a++) {
            Arrays.fill(share[a], false);
            Arrays.fill(distribution[a], false);
            for (int b = 0; b <= bands; b++) {
                count[a][b] = a == munis && b == bands && count[a][b];
            }
        }
    }

    private List<Item> all() {
        List<Item> out = new ArrayList<>();
        for (int a = 0; a <= munis; a++) {
            for (int b = 0; b <= bands; b++) {
                out.add(new Item(Kind.COUNT, a, b));
                out.add(new Item(Kind.SHARE, a, b));
            }
            for (int v = 0; v < values; v++) {
                out.add(new Item(Kind.DISTRIBUTION, a, v));
            }
        }
        return out;
    }

    private List<Item> published() {
        return all().stream().filter(this::isPublished).toList();
    }

    private List<Item> withheld() {
        return all().stream().filter(i -> !isPublished(i)).toList();
    }

    private boolean isPublished(Item i) {
        return switch (i.kind()) {
            case COUNT -> count[i.area()][i.index()];
            case SHARE -> share[i.area()][i.index()];
            case DISTRIBUTION -> distribution[i.area()][i.index()];
        };
    }

    private void set(Item i, boolean published) {
        range = null;
        switch (i.kind()) {
            case COUNT -> count[i.area()][i.index()] = published;
            case SHARE -> share[i.area()][i.index()] = published;
            case DISTRIBUTION -> distribution[i.area()][i.index()] = published;
        }
    }

    /** The unknowns x[m][b][v] a figure sums. */
    private int[] unknowns(Item i) {
        List<Integer> out = new ArrayList<>();
        for (int m = 0; m < munis; m++) {
            if (i.area() != munis && i.area() != m) {
                continue;
            }
            for (int b = 0; b < bands; b++) {
                if (i.kind() != Kind.DISTRIBUTION && i.index() != bands && i.index() != b) {
                    continue;
                }
                for (int v = 0; v < values; v++) {
                    boolean in = switch (i.kind()) {
                        case COUNT -> true;
                        case SHARE -> positive.test(v);
                        case DISTRIBUTION -> v == i.index();
                    };
                    if (in) {
                        out.add((m * bands + b) * values + v);
                    }
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private long value(Item i) {
        long sum = 0;
        for (int x : unknowns(i)) {
            int v = x % values;
            int b = (x / values) % bands;
            int m = x / values / bands;
            sum += counts[m][b][v];
        }
        return sum;
    }

    private long n(int a, int b) {
        return value(new Item(Kind.COUNT, a, b));
    }

    private long positives(int a, int b) {
        return value(new Item(Kind.SHARE, a, b));
    }

    private long valueCount(int a, int v) {
        return value(new Item(Kind.DISTRIBUTION, a, v));
    }
}
