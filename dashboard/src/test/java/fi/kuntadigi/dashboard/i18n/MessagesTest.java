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

/** The two bundles are the source of the interface texts: they must stay in step. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void finnishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> fi = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        Set<String> onlyFi = new TreeSet<>(fi);
        onlyFi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(fi);
        assertEquals(Set.of(), onlyFi, "keys without an English text");
        assertEquals(Set.of(), onlyEn, "keys without a Finnish text");
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(!texts.getProperty(key).isBlank(), name + ": " + key + " is blank");
            }
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() throws IOException {
        Properties fi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (String key : fi.stringPropertyNames()) {
            assertEquals(arguments(fi.getProperty(key)), arguments(en.getProperty(key, "")), key);
        }
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
