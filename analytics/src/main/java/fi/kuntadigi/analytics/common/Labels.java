package fi.kuntadigi.analytics.common;

import java.util.Map;

/** Finnish and English labels of the codes the catalogue keeps as keys only. */
public final class Labels {

    /** A label in Finnish and English. */
    public record Label(String fi, String en) {
    }

    private static final Map<String, Label> SECTORS = Map.of(
            "general_administration", new Label("Yleishallinto", "General administration"),
            "education", new Label("Opetus", "Education"),
            "early_childhood", new Label("Varhaiskasvatus", "Early childhood education"),
            "technical", new Label("Tekniset palvelut", "Technical services"),
            "social_health", new Label("Sosiaali- ja terveyspalvelut", "Social and health services"),
            "leisure_culture", new Label("Vapaa-aika ja kulttuuri", "Leisure and culture"),
            "all", new Label("Kaikki toimialat", "All sectors"));

    private static final Map<String, Label> COST_CATEGORIES = Map.of(
            "personnel", new Label("Henkilöstökulut", "Personnel"),
            "purchased_services", new Label("Palvelujen ostot", "Purchased services"),
            "travel", new Label("Matkakulut", "Travel"),
            "rents", new Label("Vuokrat", "Rents"),
            "other_operating", new Label("Muut toimintakulut", "Other operating costs"),
            "equipment", new Label("Aineet, tarvikkeet ja kalusto", "Materials and equipment"),
            "total", new Label("Yhteensä", "Total"));

    private static final Map<String, Label> INDICATORS = Map.of(
            "non_digital_volume", new Label("Ei-digitaalisten asiointien määrä vuodessa", "Non-digital transactions a year"),
            "non_digital_share", new Label("Ei-digitaalisten asiointien osuus", "Share of non-digital transactions"),
            "handling_hours", new Label("Käsittelytunnit vuodessa (ei-digitaaliset)", "Handling hours a year (non-digital)"),
            "saving_per_transaction", new Label("Säästö asiointia kohden (€)", "Saving per transaction (EUR)"),
            "readiness", new Label("Asukkaiden valmius sähköiseen asiointiin", "Residents' readiness for e-services"),
            "sector_maturity", new Label("Toimialan digikypsyys", "Digital maturity of the sector"),
            "net_benefit_shared", new Label("Nettohyöty yhteisenä ratkaisuna (€)", "Net benefit as a shared solution (EUR)"));

    public static final Label REGION = new Label("Koko alue", "Whole region");
    public static final Label JOINT = new Label("Yhteinen", "Joint");

    private Labels() {
    }

    public static Label sector(String code) {
        return SECTORS.getOrDefault(code, new Label(code, code));
    }

    public static Label costCategory(String code) {
        return COST_CATEGORIES.getOrDefault(code, new Label(code, code));
    }

    public static Label indicator(String id) {
        return INDICATORS.getOrDefault(id, new Label(id, id));
    }
}
