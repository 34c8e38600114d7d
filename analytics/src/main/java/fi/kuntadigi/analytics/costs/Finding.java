package fi.kuntadigi.analytics.costs;

/** A stated total that differs from the sum of its parts. {@code difference} = computed - stated. */
public record Finding(String id, String document, String checkId, long statedCents, long computedCents,
                      String severity, String reasonFi, String reasonEn, String reasonSv) {

    public long differenceCents() {
        return computedCents - statedCents;
    }
}
