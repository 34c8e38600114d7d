package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's ECharts option: the JSON a report embeds in a script element. */
class ChartTest {

    @Test
    void theOptionIsJsonWithMissingValuesAsNullAndNoTagInsideTheScript() {
        Chart chart = new Chart("Palvelut </script><b>", "bar", List.of("Kankaanpää", "Jämijärvi"),
                List.of(new Chart.Series("index \"a\"", Arrays.asList(61.85, Double.NaN))));
        assertEquals("{\"animation\":false,\"title\":{\"text\":\"Palvelut \\u003c/script>\\u003cb>\"},"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"top\":28},\"grid\":{\"top\":70,\"containLabel\":true},"
                + "\"xAxis\":{\"type\":\"category\",\"axisLabel\":{\"rotate\":30},\"data\":[\"Kankaanpää\",\"Jämijärvi\"]},"
                + "\"yAxis\":{\"type\":\"value\"},"
                + "\"series\":[{\"name\":\"index \\\"a\\\"\",\"type\":\"bar\",\"data\":[61.85,null]}]}", chart.optionJson());
    }
}
