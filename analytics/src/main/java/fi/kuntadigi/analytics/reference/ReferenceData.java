package fi.kuntadigi.analytics.reference;

import fi.kuntadigi.catalog.Labels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The small reference tables the marts join to, held in memory: municipalities with the merger
 * rule, populations (total and by age band), services and channels.
 */
public final class ReferenceData {

    /** The municipality columns of the marts, as {@link #municipalityColumns} gives them. */
    public static final List<String> MUNICIPALITY_COLUMNS = List.of("municipality_code", "municipality_name_fi",
            "municipality_name_sv", "current_code", "current_name_fi", "current_name_sv");
    /** The service columns of the potential marts, as {@link #serviceColumns} gives them. */
    public static final List<String> SERVICE_COLUMNS = List.of("service_code", "service_name_fi", "service_name_en",
            "service_name_sv", "ptv_class", "sector", "sector_name_fi", "sector_name_en", "sector_name_sv");

    private final Map<String, Municipality> municipalities;
    private final Map<String, Map<Integer, Integer>> population;
    private final Map<String, Map<Integer, Map<String, Integer>>> populationByAge;
    private final Map<String, Service> services;
    private final Map<String, Channel> channels;

    public ReferenceData(List<Municipality> municipalities, Map<String, Map<Integer, Integer>> population,
                         Map<String, Map<Integer, Map<String, Integer>>> populationByAge, List<Service> services,
                         List<Channel> channels) {
        this.municipalities = new TreeMap<>();
        municipalities.forEach(m -> this.municipalities.put(m.code(), m));
        this.population = population;
        this.populationByAge = populationByAge;
        this.services = new LinkedHashMap<>();
        services.forEach(s -> this.services.put(s.code(), s));
        this.channels = new LinkedHashMap<>();
        channels.forEach(c -> this.channels.put(c.code(), c));
    }

    public Municipality municipality(String code) {
        Municipality m = municipalities.get(code);
        if (m == null) {
            throw new IllegalArgumentException("unknown municipality " + code);
        }
        return m;
    }

    public String nameFi(String code) {
        return municipality(code).nameFi();
    }

    /** The municipality's name in Swedish (Påmark for Pomarkku), or the Finnish where it has none. */
    public String nameSv(String code) {
        Municipality m = municipality(code);
        return Swedish.or(m.nameSv(), m.nameFi());
    }

    /** The municipality's name in Finnish, English (as the Finnish) and Swedish. */
    public Labels.Label name(String code) {
        return new Labels.Label(nameFi(code), nameFi(code), nameSv(code));
    }

    /** The municipality in today's borders: follows successors (099 Honkajoki -> 214 Kankaanpää). */
    public String currentCode(String code) {
        String current = code;
        Set<String> seen = new HashSet<>();
        while (municipalities.containsKey(current) && municipalities.get(current).successorCode() != null
                && seen.add(current)) {
            current = municipalities.get(current).successorCode();
        }
        return current;
    }

    /** The municipality columns every municipality-keyed mart starts with, by column name. */
    public Map<String, Object> municipalityColumns(String code) {
        String current = currentCode(code);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("municipality_code", code);
        columns.put("municipality_name_fi", nameFi(code));
        columns.put("municipality_name_sv", nameSv(code));
        columns.put("current_code", current);
        columns.put("current_name_fi", nameFi(current));
        columns.put("current_name_sv", nameSv(current));
        return columns;
    }

    /** Every municipality code, merged ones included, sorted. */
    public List<String> municipalityCodes() {
        return List.copyOf(municipalities.keySet());
    }

    /** Municipalities in force today (no successor), sorted by code. */
    public List<String> currentMunicipalities() {
        List<String> out = new ArrayList<>();
        municipalities.values().stream().filter(m -> m.successorCode() == null).forEach(m -> out.add(m.code()));
        return out;
    }

    /** Population of a municipality in a year, or of the nearest earlier year; 0 when none is known. */
    public int population(String code, int year) {
        Map<Integer, Integer> byYear = population.getOrDefault(code, Map.of());
        Integer exact = byYear.get(year);
        if (exact != null) {
            return exact;
        }
        return byYear.entrySet().stream().filter(e -> e.getKey() <= year).max(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).orElse(0);
    }

    /** Population by age band of a municipality in a year (empty when not known). */
    public Map<String, Integer> populationByAge(String code, int year) {
        return populationByAge.getOrDefault(code, Map.of()).getOrDefault(year, Map.of());
    }

    public Service service(String code) {
        Service s = services.get(code);
        if (s == null) {
            throw new IllegalArgumentException("unknown service " + code);
        }
        return s;
    }

    public List<Service> services() {
        return List.copyOf(services.values());
    }

    public Channel channel(String code) {
        Channel c = channels.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown channel " + code);
        }
        return c;
    }

    public List<Channel> channels() {
        return List.copyOf(channels.values());
    }

    /** The service columns of the potential marts, by column name. */
    public Map<String, Object> serviceColumns(String code) {
        Service s = service(code);
        Labels.Label sector = Labels.sector(s.sector());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("service_code", s.code());
        columns.put("service_name_fi", s.nameFi());
        columns.put("service_name_en", s.nameEn());
        columns.put("service_name_sv", s.nameSv());
        columns.put("ptv_class", s.ptvClass());
        columns.put("sector", s.sector());
        columns.put("sector_name_fi", sector.fi());
        columns.put("sector_name_en", sector.en());
        columns.put("sector_name_sv", sector.sv());
        return columns;
    }
}
