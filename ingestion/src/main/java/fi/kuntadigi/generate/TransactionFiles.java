package fi.kuntadigi.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes {@code transactions/}: one file per municipality with a row per service, channel and month.
 * Volume = population / 1 000 x the service's yearly rate / 12 x its seasonal factor x the channel share,
 * drawn as a Poisson count; handling minutes = count x the service's minutes x the channel's factor.
 * Municipalities are written in parallel, each from its own seed-derived stream, and rows are streamed,
 * so the output is identical for a seed and the memory use flat even at 20 million rows.
 */
final class TransactionFiles {

    /** Karvia's file is written as a Finnish Windows-1252 export at the region scale. */
    static final String FINNISH_EXPORT_MUNICIPALITY = "230";

    private final Scale scale;
    private final long seed;
    private final PopulationTable population;
    private final List<Service> services;
    private final ChannelMix mix;

    TransactionFiles(Scale scale, long seed, PopulationTable population, ServiceCatalogue catalogue) {
        this.scale = scale;
        this.seed = seed;
        this.population = population;
        this.services = catalogue.services();
        this.mix = new ChannelMix(services, seed);
    }

    void write(Path datasetsDir, Municipalities municipalities) {
        Path folder = datasetsDir.resolve("transactions");
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Municipality m : municipalities.all()) {
                tasks.add(pool.submit(() -> writeMunicipality(folder, m)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing transactions failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeMunicipality(Path folder, Municipality m) {
        boolean finnish = scale.isRegion() && m.code().equals(FINNISH_EXPORT_MUNICIPALITY);
        TransactionLayout layout = finnish ? TransactionLayout.FINNISH_EXPORT : TransactionLayout.CANONICAL;
        String fileName = finnish ? m.nameFi().toLowerCase(Locale.ROOT) + "_asiointitapahtumat.csv"
                : "transactions_" + m.code() + ".csv";
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(scale.firstYear(), 1); month.getYear() <= scale.lastYear();
                month = month.plusMonths(1)) {
            if (m.existsIn(month)) {
                months.add(month);
            }
        }
        String[] monthText = months.stream().map(x -> layout.dialect().date(x.atDay(1))).toArray(String[]::new);
        String municipality = layout.municipalityByName() ? m.nameFi() : m.code();
        SplittableRandom random = Seeds.random(seed, "transactions", m.code());
        Channel[] channels = Channel.values();
        String[] row = new String[layout.header().size()];
        row[0] = municipality;
        row[7] = "true";
        try (CsvTable csv = CsvTable.create(folder.resolve(fileName), layout.dialect(), layout.header())) {
            for (Service service : services) {
                row[1] = service.code();
                double[][] expected = expectedCounts(m, service, months);
                for (Channel channel : channels) {
                    row[2] = channel.code();
                    double minutesTenths = service.handlingMinutes() * channel.handlingFactor() * 10;
                    for (int i = 0; i < months.size(); i++) {
                        long count = Draws.poisson(random, expected[i][channel.ordinal()]);
                        row[3] = monthText[i];
                        row[4] = Integer.toString(months.get(i).getYear());
                        row[5] = Long.toString(count);
                        row[6] = layout.dialect().tenths(Math.round(count * minutesTenths));
                        csv.row(row);
                    }
                }
            }
        }
    }

    /** Expected transactions per month (rows) and channel (columns). */
    private double[][] expectedCounts(Municipality m, Service service, List<YearMonth> months) {
        double[][] expected = new double[months.size()][];
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            int inhabitants = population.population(m.code(), month.getYear());
            double total = inhabitants / 1000.0 * service.yearlyPer1000() / 12
                    * service.seasonality().factor(month.getMonthValue());
            double[] shares = mix.shares(service, inhabitants, month.getYear(), month.getMonthValue());
            for (int c = 0; c < shares.length; c++) {
                shares[c] *= total;
            }
            expected[i] = shares;
        }
        return expected;
    }
}
