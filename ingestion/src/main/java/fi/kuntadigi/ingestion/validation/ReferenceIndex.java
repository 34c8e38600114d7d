package fi.kuntadigi.ingestion.validation;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys other rows may refer to (municipalities, services, channels, questions …) and
 * each municipality's validity, so every row can be checked for referential integrity and
 * the merger rule inside the Spark tasks.
 */
public final class ReferenceIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, MunicipalityValidity> municipalities = new HashMap<>();
    private final Map<String, String> codeByName = new HashMap<>();

    /** Records the keys of a dataset that other datasets reference. */
    public ReferenceIndex withKeys(String dataset, Set<String> datasetKeys) {
        keys.put(dataset, Collections.unmodifiableSet(new HashSet<>(datasetKeys)));
        return this;
    }

    public ReferenceIndex withMunicipality(MunicipalityValidity municipality, String... names) {
        municipalities.put(municipality.code(), municipality);
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                codeByName.put(name.strip().toLowerCase(Locale.ROOT), municipality.code());
            }
        }
        return this;
    }

    public boolean knows(String dataset) {
        return keys.containsKey(dataset);
    }

    public boolean contains(String dataset, String key) {
        Set<String> set = keys.get(dataset);
        return set != null && set.contains(key);
    }

    public Optional<MunicipalityValidity> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    /** The code of a municipality written by its Finnish or Swedish name, if known. */
    public Optional<String> codeForName(String name) {
        return Optional.ofNullable(codeByName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public Set<String> datasets() {
        return new HashSet<>(keys.keySet());
    }

    /** A copy that later additions to this index do not change; what a load's tasks get. */
    public ReferenceIndex snapshot() {
        ReferenceIndex copy = new ReferenceIndex();
        copy.keys.putAll(keys);
        copy.municipalities.putAll(municipalities);
        copy.codeByName.putAll(codeByName);
        return copy;
    }
}
