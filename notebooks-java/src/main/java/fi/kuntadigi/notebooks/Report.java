package fi.kuntadigi.notebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The files one notebook writes into its output folder: CSV tables and one {@code index.html} with
 * ECharts charts that works offline ({@code echarts.min.js} is copied beside it).
 */
public final class Report {

    static final String ECHARTS = "/META-INF/resources/_static/echarts/6.0.0/dist/echarts.min.js";

    private final Path folder;
    private final String title;
    private final List<String> sections = new ArrayList<>();
    private int charts;

    /** A report titled {@code title} written into {@code folder} (created when missing). */
    public Report(Path folder, String title) {
        this.folder = folder;
        this.title = title;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Writes the table as {@code name.csv} and lists it on the page; returns the file. */
    public Path csv(String name, Table table) {
        Path file = folder.resolve(name + ".csv");
        table.write().csv(file.toFile());
        sections.add("<p><a href=\"" + Html.escape(file.getFileName().toString()) + "\">" + Html.escape(name)
                + ".csv</a> (" + table.rowCount() + " rows)</p>");
        return file;
    }

    /** Adds a paragraph of text. */
    public Report text(String paragraph) {
        sections.add("<p>" + Html.escape(paragraph) + "</p>");
        return this;
    }

    /** Adds a chart. */
    public Report chart(Chart chart) {
        String id = "chart" + (++charts);
        sections.add("<div id=\"" + id + "\" class=\"chart\" role=\"img\" aria-label=\"" + Html.escape(chart.title())
                + "\"></div>\n<script>echarts.init(document.getElementById('" + id + "')).setOption("
                + chart.optionJson() + ");</script>");
        return this;
    }

    /** Writes {@code index.html} and {@code echarts.min.js}; returns the page. */
    public Path write() {
        Path page = folder.resolve("index.html");
        try (InputStream in = Report.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException(ECHARTS + " is missing from the classpath");
            }
            Files.copy(in, folder.resolve("echarts.min.js"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(page, Html.page(title, sections), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page;
    }
}
