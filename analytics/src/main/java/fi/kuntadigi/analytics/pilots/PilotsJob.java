package fi.kuntadigi.analytics.pilots;

import fi.kuntadigi.analytics.config.PilotThresholds;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Labels.Label;
import fi.kuntadigi.catalog.Marts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** Pilot marts: feedback (with map points), chat (with hours), e-forms, digital support, continue/stop signals. */
public final class PilotsJob implements MartJob {

    /** A pilot's names and period. */
    record Pilot(String id, String nameFi, String nameEn, String nameSv, PilotPeriod period) {
    }

    @Override
    public String feature() {
        return "pilots";
    }

    @Override
    public Set<DatasetSchema> datasets() {
        return Set.of(Datasets.PILOTS, Datasets.PILOT_PARTICIPATION, Datasets.FEEDBACK_ITEMS,
                Datasets.CHAT_SESSIONS, Datasets.EFORM_SUBMISSIONS, Datasets.DIGITAL_SUPPORT_EVENTS);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        ReferenceData ref = ctx.reference();
        PilotThresholds thresholds = ctx.config().pilots();
        Map<String, Pilot> pilots = new HashMap<>();
        for (DatasetRow r : ctx.collect(Datasets.PILOTS)) {
            pilots.put(r.string("pilot_id"), new Pilot(r.string("pilot_id"), r.string("name_fi"), r.string("name_en"),
                    Swedish.or(r.string("name_sv"), r.string("name_fi")),
                    new PilotPeriod(r.date("start_date"), r.date("end_date"))));
        }
        List<FeedbackItem> items = ctx.collect(Datasets.FEEDBACK_ITEMS).stream()
                .map(r -> new FeedbackItem(r.string("item_id"), r.string("municipality_code"), r.string("channel"),
                        r.timestamp("received_at"), r.timestamp("answered_at"),
                        r.string("category"), r.doubleValue("latitude"), r.doubleValue("longitude")))
                .toList();
        List<ChatSession> chats = ctx.collect(Datasets.CHAT_SESSIONS).stream()
                .map(r -> new ChatSession(r.string("session_id"), r.string("municipality_code"),
                        r.timestamp("started_at"), r.bool("answered"), r.integer("wait_seconds")))
                .toList();
        List<EformMonth> forms = ctx.collect(Datasets.EFORM_SUBMISSIONS).stream()
                .map(r -> new EformMonth(r.string("municipality_code"), r.string("form_id"), r.date("month"),
                        r.integer("submissions"), r.integer("identified_submissions"), r.integer("paid_submissions")))
                .toList();
        List<SupportEvent> events = ctx.collect(Datasets.DIGITAL_SUPPORT_EVENTS).stream()
                .map(r -> new SupportEvent(r.string("event_id"), r.string("municipality_code"),
                        r.integer("participants"), r.integer("participants_65_plus")))
                .toList();

        Pilot feedbackPilot = pilots.get("feedback");
        List<FeedbackMetrics.Result> feedback = feedbackPilot == null ? List.of()
                : FeedbackMetrics.compute(items, feedbackPilot.period(),
                        code -> ref.population(ref.currentCode(code), feedbackPilot.period().start().getYear()),
                        thresholds.responseWorkingDays());
        List<ChatMetrics.Result> chat = ChatMetrics.byMunicipality(chats);
        List<EformMetrics.Result> eforms = EformMetrics.compute(forms);
        List<SupportMetrics.Result> support = SupportMetrics.compute(events);

        List<MartTable> out = new ArrayList<>();
        out.add(MartTable.of(Marts.PILOT_FEEDBACK, feedback.stream().map(f -> MartRow.of(Marts.PILOT_FEEDBACK)
                .set(ref.municipalityColumns(f.municipalityCode()))
                .set("population", f.population())
                .set("items_during", f.during())
                .set("items_before", f.before())
                .set("change_pct", f.changePct())
                .set("items_per_1000", f.per1000())
                .set("answered", f.answered())
                .set("answered_within_3_working_days", f.inTime())
                .set("share_within_3_working_days", f.shareInTime())
                .set("median_response_working_days", f.medianWorkingDays())
                .set("median_response_hours", f.medianHours())
                .set("share_within_3_working_days_before", f.shareInTimeBefore())).toList()));
        out.add(MartTable.of(Marts.PILOT_FEEDBACK_POINTS, points(items, feedbackPilot, ref,
                thresholds.responseWorkingDays())));
        out.add(MartTable.of(Marts.PILOT_CHAT, chat.stream().map(c -> MartRow.of(Marts.PILOT_CHAT)
                .set(ref.municipalityColumns(c.municipalityCode()))
                .set("chats", c.chats())
                .set("answered", c.answered())
                .set("missed", c.missed())
                .set("answer_rate", c.answerRate())
                .set("median_wait_seconds", c.medianWait())).toList()));
        out.add(MartTable.of(Marts.PILOT_CHAT_HOURLY, ChatMetrics.byHour(chats).stream().map(h ->
                MartRow.of(Marts.PILOT_CHAT_HOURLY)
                        .set(ref.municipalityColumns(h.municipalityCode()))
                        .set("hour", h.hour())
                        .set("chats", h.chats())
                        .set("missed", h.missed())).toList()));
        out.add(MartTable.of(Marts.PILOT_EFORMS, eforms.stream().map(e -> MartRow.of(Marts.PILOT_EFORMS)
                .set(ref.municipalityColumns(e.municipalityCode()))
                .set("forms_in_use", e.formsInUse())
                .set("months", e.months())
                .set("submissions", e.submissions())
                .set("submissions_per_month", e.perMonth())
                .set("identified_submissions", e.identified())
                .set("identified_share", e.identifiedShare())
                .set("paid_submissions", e.paid())
                .set("paid_share", e.paidShare())).toList()));
        out.add(MartTable.of(Marts.PILOT_DIGITAL_SUPPORT, support.stream().map(s -> MartRow.of(Marts.PILOT_DIGITAL_SUPPORT)
                .set(ref.municipalityColumns(s.municipalityCode()))
                .set("events", s.events())
                .set("participants", s.participants())
                .set("participants_65_plus", s.participants65Plus())
                .set("participants_per_event", s.perEvent())).toList()));
        out.add(MartTable.of(Marts.PILOT_SIGNALS,
                signals(ctx, pilots, feedback, chat, eforms, support, thresholds)));
        return out;
    }

    private static List<MartRow> points(List<FeedbackItem> items, Pilot pilot, ReferenceData ref, int workingDays) {
        List<MartRow> rows = new ArrayList<>();
        if (pilot == null) {
            return rows;
        }
        for (FeedbackItem i : items) {
            LocalDate day = i.receivedAt().toLocalDate();
            String period = pilot.period().during(day) ? "during" : pilot.period().before(day) ? "before" : null;
            if (period == null) {
                continue;
            }
            Integer wd = FeedbackMetrics.responseWorkingDays(i);
            rows.add(MartRow.of(Marts.PILOT_FEEDBACK_POINTS)
                    .set(ref.municipalityColumns(i.municipalityCode()))
                    .set("item_id", i.id())
                    .set("period", period)
                    .set("channel", i.channel())
                    .set("category", i.category())
                    .set("received_at", i.receivedAt())
                    .set("answered_at", i.answeredAt())
                    .set("response_working_days", wd)
                    .set("within_3_working_days", wd != null && wd <= workingDays)
                    .set("latitude", i.latitude())
                    .set("longitude", i.longitude()));
        }
        return rows;
    }

    private static List<MartRow> signals(AnalysisContext ctx, Map<String, Pilot> pilots,
                                          List<FeedbackMetrics.Result> feedback, List<ChatMetrics.Result> chat,
                                          List<EformMetrics.Result> eforms, List<SupportMetrics.Result> support,
                                          PilotThresholds t) {
        Map<String, Double> perThousand = new HashMap<>();
        feedback.forEach(f -> perThousand.put(f.municipalityCode(), f.per1000()));
        Map<String, Double> answerRate = new HashMap<>();
        chat.forEach(c -> answerRate.put(c.municipalityCode(), c.answerRate()));
        Map<String, Double> perMonth = new HashMap<>();
        eforms.forEach(e -> perMonth.put(e.municipalityCode(), e.perMonth()));
        Map<String, Double> perEvent = new HashMap<>();
        support.forEach(s -> perEvent.put(s.municipalityCode(), s.perEvent()));
        List<MartRow> rows = new ArrayList<>();
        for (DatasetRow r : ctx.collect(Datasets.PILOT_PARTICIPATION)) {
            String pilotId = r.string("pilot_id");
            String code = r.string("municipality_code");
            Signal s = switch (pilotId) {
                case "feedback" -> Signal.decide(pilotId, code, "items_per_1000", perThousand.get(code),
                        t.feedbackItemsPer1000(), new Label("palautteita 1 000 asukasta kohden",
                                "feedback items per 1 000 inhabitants", "responsen per 1 000 invånare"), false);
                case "chat" -> Signal.decide(pilotId, code, "answer_rate", answerRate.get(code), t.chatAnswerRate(),
                        new Label("vastattujen chattien osuus", "the share of chats answered",
                                "andelen besvarade chattar"), true);
                case "eforms" -> Signal.decide(pilotId, code, "submissions_per_month", perMonth.get(code),
                        t.eformSubmissionsPerMonth(), new Label("lomakelähetyksiä kuukaudessa",
                                "form submissions a month", "inskickade blanketter per månad"), false);
                case "digital_support" -> Signal.decide(pilotId, code, "participants_per_event", perEvent.get(code),
                        t.supportParticipantsPerEvent(), new Label("asiakkaita tukipäivää kohden",
                                "customers per support day", "kunder per stöddag"), false);
                default -> throw new IllegalArgumentException("no signal rule for pilot " + pilotId);
            };
            Pilot p = pilots.get(pilotId);
            rows.add(MartRow.of(Marts.PILOT_SIGNALS)
                    .set(ctx.reference().municipalityColumns(code))
                    .set("pilot_id", pilotId)
                    .set("pilot_name_fi", p.nameFi())
                    .set("pilot_name_en", p.nameEn())
                    .set("pilot_name_sv", p.nameSv())
                    .set("metric", s.metric())
                    .set("value", s.value())
                    .set("threshold", s.threshold())
                    .set("signal", s.signal())
                    .set("continued_in_reality", r.bool("continued"))
                    .set("reason_fi", s.reasonFi())
                    .set("reason_en", s.reasonEn())
                    .set("reason_sv", s.reasonSv()));
        }
        return rows;
    }
}
