package fi.kuntadigi.generate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The services of a scale: the 27 real key services of a small municipality ({@code real/services.csv},
 * volumes in {@code assumptions/service_volumes.csv}) and, for the national scale, synthetic services
 * modelled on a randomly chosen real one. Writes {@code services/services.csv}.
 */
final class ServiceCatalogue {

    private final List<NamedCsvRecord> realRecords;
    private final List<Service> services;

    private ServiceCatalogue(List<NamedCsvRecord> realRecords, List<Service> services) {
        this.realRecords = realRecords;
        this.services = List.copyOf(services);
    }

    static ServiceCatalogue of(Scale scale, long seed) {
        List<NamedCsvRecord> records = RealData.real("services");
        Map<String, NamedCsvRecord> volumes = RealData.assumption("service_volumes").stream()
                .collect(Collectors.toMap(r -> r.getField("service_code"), Function.identity()));
        List<Service> services = new ArrayList<>();
        for (NamedCsvRecord r : records) {
            NamedCsvRecord v = volumes.get(r.getField("service_code"));
            services.add(new Service(r.getField("service_code"), r.getField("ptv_class"), r.getField("sector"),
                    Boolean.parseBoolean(r.getField("identification_required")),
                    Double.parseDouble(r.getField("default_handling_minutes")),
                    Double.parseDouble(v.getField("yearly_per_1000")), Seasonality.named(v.getField("seasonality")),
                    Double.parseDouble(v.getField("digital_affinity"))));
        }
        SplittableRandom random = Seeds.random(seed, "synthetic-services");
        int real = services.size();
        for (int number = real + 1; number <= scale.services(); number++) {
            services.add(synthetic(number, services.get(random.nextInt(real)), random));
        }
        return new ServiceCatalogue(records, services);
    }

    private static Service synthetic(int number, Service model, SplittableRandom random) {
        Seasonality[] profiles = Seasonality.values();
        return new Service(String.format("synteettinen-%03d", number), model.ptvClass(), model.sector(),
                random.nextBoolean(), Math.round(model.handlingMinutes() * (0.5 + random.nextDouble())),
                Math.round(Draws.logNormal(random, Math.log(10), 1.2) * 10) / 10.0,
                profiles[random.nextInt(profiles.length)], 0.5 + random.nextDouble() * 0.8);
    }

    List<Service> services() {
        return services;
    }

    void write(Path datasetsDir) {
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.SERVICES, "services.csv")) {
            for (NamedCsvRecord r : realRecords) {
                csv.row(r.getFields().toArray(String[]::new));
            }
            for (Service s : services.subList(realRecords.size(), services.size())) {
                String number = s.code().substring(s.code().lastIndexOf('-') + 1);
                csv.row(s.code(), s.ptvClass(), "Synteettinen palvelu " + number, "Synthetic service " + number, "",
                        s.sector(), "false", "", Boolean.toString(s.identificationRequired()),
                        CsvDialect.CANONICAL.decimal(s.handlingMinutes(), 1));
            }
        }
    }
}
