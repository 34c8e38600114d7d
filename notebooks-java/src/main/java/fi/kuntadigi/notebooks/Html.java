package fi.kuntadigi.notebooks;

import java.util.List;

/** The HTML page around a report's sections. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String page(String title, List<String> sections) {
        return "<!doctype html>\n<html lang=\"fi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title>\n<script src=\"echarts.min.js\"></script>\n"
                + "<style>body{font-family:sans-serif;max-width:1000px;margin:auto}.chart{height:420px;margin:1em 0}</style>"
                + "</head><body>\n<h1>" + escape(title) + "</h1>\n" + String.join("\n", sections) + "\n</body></html>\n";
    }
}
