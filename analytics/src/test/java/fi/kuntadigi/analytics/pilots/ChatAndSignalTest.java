package fi.kuntadigi.analytics.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.Labels.Label;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatAndSignalTest {

    static final List<ChatSession> CHATS = List.of(
            new ChatSession("c1", "214", LocalDateTime.parse("2021-05-03T10:00"), true, 30),
            new ChatSession("c2", "214", LocalDateTime.parse("2021-05-03T10:30"), false, null),
            new ChatSession("c3", "214", LocalDateTime.parse("2021-05-04T13:00"), true, 50),
            new ChatSession("c4", "214", LocalDateTime.parse("2021-05-04T13:10"), false, null));

    @Test
    void answerRateAndMedianWait() {
        ChatMetrics.Result r = ChatMetrics.byMunicipality(CHATS).get(0);
        assertEquals(0.5, r.answerRate());
        assertEquals(2, r.missed());
        assertEquals(40.0, r.medianWait());
    }

    @Test
    void missedChatsByHourCoverAllHours() {
        List<ChatMetrics.Hour> hours = ChatMetrics.byHour(CHATS);
        assertEquals(24, hours.size());
        assertEquals(new ChatMetrics.Hour("214", 10, 2, 1), hours.get(10));
        assertEquals(new ChatMetrics.Hour("214", 13, 2, 1), hours.get(13));
    }

    @Test
    void halfAnsweredIsBelowTheThresholdAndSaysWhy() {
        Signal s = Signal.decide("chat", "214", "answer_rate", 0.5, 0.8, new Label("vastattujen chattien osuus",
                "the share of chats answered", "andelen besvarade chattar"), true);
        assertEquals(Signal.STOP, s.signal());
        assertTrue(s.reasonFi().startsWith("Vastattujen chattien osuus oli 50 %"), s.reasonFi());
        assertTrue(s.reasonEn().contains("below the threshold of 80 %"), s.reasonEn());
    }

    @Test
    void theReasonReadsInSwedishWithFinlandsNumberFormat() {
        Signal s = Signal.decide("eforms", "608", "submissions_per_month", 7.25, 10, new Label(
                "lomakelähetyksiä kuukaudessa", "form submissions a month", "inskickade blanketter per månad"), false);
        assertEquals("Inskickade blanketter per månad var 7,3, vilket understiger tröskelvärdet 10,0: "
                + "rekommendationen är att avsluta eller ändra genomförandet.", s.reasonSv());
    }

    @Test
    void valueAtTheThresholdContinues() {
        assertEquals(Signal.CONTINUE, Signal.decide("eforms", "214", "submissions_per_month", 10.0, 10, new Label("x", "x", "x"), false)
                .signal());
    }

    @Test
    void missingDataStops() {
        assertEquals(Signal.STOP, Signal.decide("chat", "747", "answer_rate", null, 0.8, new Label("x", "x", "x"), true).signal());
    }
}
