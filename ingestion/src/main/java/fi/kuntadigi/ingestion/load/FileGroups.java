package fi.kuntadigi.ingestion.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans which files each Spark task parses: a few tasks per core for large inputs (so the
 * progress bar moves and output files stay few), one task for small inputs; and, after a
 * first pass, merges groups whose files share natural-key values so duplicates across them
 * are caught too.
 */
final class FileGroups {

    /** Inputs up to this size are parsed by one task. */
    static final long SMALL_INPUT_BYTES = 32L << 20;
    private static final int TASKS_PER_CORE = 4;

    private FileGroups() {
    }

    static List<FileGroup> plan(List<BoundInput> inputs, int cores) {
        long total = inputs.stream().mapToLong(FileGroups::size).sum();
        if (total <= SMALL_INPUT_BYTES || inputs.size() == 1) {
            return List.of(new FileGroup(inputs, true));
        }
        long target = Math.max(total / ((long) cores * TASKS_PER_CORE), SMALL_INPUT_BYTES);
        List<FileGroup> groups = new ArrayList<>();
        List<BoundInput> current = new ArrayList<>();
        long bytes = 0;
        for (BoundInput input : inputs) {
            current.add(input);
            bytes += size(input);
            if (bytes >= target) {
                groups.add(new FileGroup(current));
                current = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!current.isEmpty()) {
            groups.add(new FileGroup(current));
        }
        return groups;
    }

    /**
     * After a pass that checked keys file by file: files that share a first-key value are put
     * together in groups that check keys across their files (union-find over the values); a
     * file with too many values to track joins every other file. Returns {@code groups} itself
     * when no two files can hold the same key.
     */
    static List<FileGroup> regroup(List<FileGroup> groups, List<FileKeys> keys) {
        List<BoundInput> files = groups.stream().flatMap(g -> g.files().stream()).toList();
        if (groups.size() == 1 && groups.get(0).sharedKeys() || files.size() == 1 || keys.stream().noneMatch(FileKeys::overflow) && disjoint(keys)) {
            return groups;
        }
        if (keys.stream().anyMatch(FileKeys::overflow)) {
            return List.of(new FileGroup(files, true));
        }
        Map<String, Integer> indexOfFile = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            indexOfFile.put(files.get(i).name().display(), i);
        }
        int[] parent = new int[files.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> ownerOfValue = new HashMap<>();
        for (FileKeys k : keys) {
            int f = indexOfFile.get(k.file());
            for (String value : k.firstKeyValues()) {
                Integer other = ownerOfValue.putIfAbsent(value, f);
                if (other != null) {
                    union(parent, other, f);
                }
            }
        }
        Map<Integer, List<BoundInput>> merged = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            merged.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(files.get(i));
        }
        return merged.values().stream().map(f -> new FileGroup(f, f.size() > 1)).toList();
    }

    private static boolean disjoint(List<FileKeys> keys) {
        Set<String> seen = new HashSet<>();
        for (FileKeys k : keys) {
            for (String value : k.firstKeyValues()) {
                if (!seen.add(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static long size(BoundInput input) {
        try {
            return Files.size(input.name().toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
