package fi.kuntadigi.dashboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The three bundles (fi, sv, en) are the source of the interface texts: they must stay in step. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final String FINNISH = "messages.properties";
    /** The other languages' bundles, each checked against the Finnish one. */
    private static final String[] OTHERS = {"messages_sv.properties", "messages_en.properties"};

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasTheFinnishKeysAndNoOthers() throws IOException {
        Set<String> fi = new TreeSet<>(bundle(FINNISH).stringPropertyNames());
        for (String other : OTHERS) {
            Set<String> keys = new TreeSet<>(bundle(other).stringPropertyNames());
            Set<String> missing = new TreeSet<>(fi);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(fi);
            assertEquals(Set.of(), missing, other + ": keys without a text");
            assertEquals(Set.of(), extra, other + ": keys without a Finnish text");
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String name : new String[] {FINNISH, OTHERS[0], OTHERS[1]}) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(!texts.getProperty(key).isBlank(), name + ": " + key + " is blank");
            }
        }
    }

    @Test
    void everyLanguageUsesTheSameArguments() throws IOException {
        Properties fi = bundle(FINNISH);
        for (String other : OTHERS) {
            Properties texts = bundle(other);
            for (String key : fi.stringPropertyNames()) {
                assertEquals(arguments(fi.getProperty(key)), arguments(texts.getProperty(key, "")), other + ": " + key);
            }
        }
    }

    @Test
    void swedishIsReadAsUtf8AndNotFromTheFinnishBundle() {
        assertEquals("Hoppa till innehållet", Messages.of(Lang.SV).get("nav.skip"));
        assertEquals("Kommunprofil", Messages.of(Lang.SV).get("view.municipality.title"));
    }

    @Test
    void finnishIsReadAsUtf8() {
        assertEquals("Siirry sisältöön", Messages.of(Lang.FI).get("nav.skip"));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
