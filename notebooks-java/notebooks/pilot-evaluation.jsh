// Pilot evaluation: the 2021 pilots per municipality against the final report's figures.
// Headless: bin/notebooks pilot-evaluation     Interactive: see notebooks-java/README.md
import fi.kuntadigi.notebooks.*;
import tech.tablesaw.api.*;

var nb = Notebook.open("pilot-evaluation", "Pilottien arviointi / Pilot evaluation");

// Feedback service with a map: volume, per 1 000 inhabitants, answered within 3 working days.
var feedback = nb.marts().query("""
        SELECT municipality_code, municipality_name_fi, population, items_before, items_during, change_pct,
               round(items_per_1000, 2) AS items_per_1000, answered_within_3_working_days,
               round(share_within_3_working_days, 3) AS share_within_3_working_days
        FROM {pilot_feedback} ORDER BY items_during DESC""");
System.out.println(feedback.print());
nb.report().csv("feedback", feedback);
nb.report().text("Palautepalvelu: palautteet ennen pilottia ja pilotin aikana / Feedback items before and during the pilot.");
nb.report().chart(Chart.of("Palautteet / Feedback items", "bar", feedback, "municipality_name_fi", "items_before", "items_during"));
nb.report().chart(Chart.of("Palautteet / 1 000 asukasta / Items per 1 000 inhabitants", "bar", feedback, "municipality_name_fi", "items_per_1000"));

// Web chat: answer rate (the report: about half answered in Kankaanpää).
var chat = nb.marts().query("""
        SELECT municipality_code, municipality_name_fi, chats, answered, missed, round(answer_rate, 3) AS answer_rate
        FROM {pilot_chat} ORDER BY chats DESC""");
System.out.println(chat.print());
nb.report().csv("chat", chat);
nb.report().chart(Chart.of("Chat: vastausaste / answer rate", "bar", chat, "municipality_name_fi", "answer_rate"));

// Chats missed by hour of day, all municipalities together: when the switchboard was busy.
var hourly = nb.marts().query("""
        SELECT CAST(hour AS VARCHAR) AS hour, sum(chats) AS chats, sum(missed) AS missed
        FROM {pilot_chat_hourly} GROUP BY hour ORDER BY CAST(hour AS INTEGER)""");
nb.report().csv("chat_hourly", hourly);
nb.report().chart(Chart.of("Chatit ja vastaamatta jääneet tunneittain / Chats and missed by hour", "bar", hourly, "hour", "chats", "missed"));

// E-forms (Suomi.fi identification, online payment) and the digital-support days with the libraries.
var eforms = nb.marts().query("""
        SELECT municipality_code, municipality_name_fi, forms_in_use, months, submissions,
               round(submissions_per_month, 2) AS submissions_per_month, round(identified_share, 3) AS identified_share,
               round(paid_share, 3) AS paid_share FROM {pilot_eforms} ORDER BY submissions DESC""");
nb.report().csv("eforms", eforms);
nb.report().chart(Chart.of("E-lomakkeet: lähetyksiä kuukaudessa / E-form submissions per month", "bar", eforms, "municipality_name_fi", "submissions_per_month"));
var support = nb.marts().query("""
        SELECT municipality_code, municipality_name_fi, events, participants, participants_65_plus,
               round(participants_per_event, 2) AS participants_per_event FROM {pilot_digital_support} ORDER BY municipality_code""");
System.out.println(support.print());
nb.report().csv("digital_support", support);
nb.report().chart(Chart.of("Digitukipäivät / Digital-support days", "bar", support, "municipality_name_fi", "events", "participants", "participants_65_plus"));

// Continue/stop signals against what each municipality really did.
var signals = nb.marts().query("""
        SELECT pilot_id, municipality_code, municipality_name_fi, metric, value, threshold, signal, continued_in_reality,
               (signal = 'continue') = continued_in_reality AS signal_matches_reality
        FROM {pilot_signals} ORDER BY pilot_id, municipality_code""");
System.out.println(signals.print());
nb.report().csv("signals", signals);
var agreement = nb.marts().query("""
        SELECT pilot_id, count(*) AS municipalities,
               sum(CASE WHEN (signal = 'continue') = continued_in_reality THEN 1 ELSE 0 END) AS signal_matches_reality
        FROM {pilot_signals} GROUP BY pilot_id ORDER BY pilot_id""");
nb.report().csv("signal_agreement", agreement);
nb.report().chart(Chart.of("Signaali vs. todellisuus / Signal agrees with reality", "bar", agreement, "pilot_id", "municipalities", "signal_matches_reality"));

System.out.println("wrote " + nb.report().write());
