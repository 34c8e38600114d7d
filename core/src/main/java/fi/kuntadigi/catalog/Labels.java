package fi.kuntadigi.catalog;

import java.util.Map;

/**
 * Finnish, English and Swedish labels of the codes the catalogue keeps as keys only (sectors, cost
 * categories, potential indicators) and of the words analytics puts into the texts it composes. Analytics writes
 * all three into the marts ({@code _fi}, {@code _en}, {@code _sv}); a page reads the column of its language.
 */
public final class Labels {

    /** A label in Finnish, English and Swedish (Finland-Swedish, as Swedish-speaking municipalities write it). */
    public record Label(String fi, String en, String sv) {
    }

    private static final Map<String, Label> SECTORS = Map.of(
            "general_administration", new Label("Yleishallinto", "General administration", "Allmän förvaltning"),
            "education", new Label("Opetus", "Education", "Undervisning"),
            "early_childhood", new Label("Varhaiskasvatus", "Early childhood education", "Småbarnspedagogik"),
            "technical", new Label("Tekniset palvelut", "Technical services", "Tekniska sektorn"),
            "social_health", new Label("Sosiaali- ja terveyspalvelut", "Social and health services", "Social- och hälsovård"),
            "leisure_culture", new Label("Vapaa-aika ja kulttuuri", "Leisure and culture", "Fritid och kultur"),
            "all", new Label("Kaikki toimialat", "All sectors", "Alla sektorer"));

    private static final Map<String, Label> COST_CATEGORIES = Map.of(
            "personnel", new Label("Henkilöstökulut", "Personnel", "Personalkostnader"),
            "purchased_services", new Label("Palvelujen ostot", "Purchased services", "Köp av tjänster"),
            "travel", new Label("Matkakulut", "Travel", "Resekostnader"),
            "rents", new Label("Vuokrat", "Rents", "Hyror"),
            "other_operating", new Label("Muut toimintakulut", "Other operating costs", "Övriga verksamhetskostnader"),
            "equipment", new Label("Aineet, tarvikkeet ja kalusto", "Materials and equipment", "Material, förnödenheter och inventarier"),
            "total", new Label("Yhteensä", "Total", "Sammanlagt"));

    private static final Map<String, Label> INDICATORS = Map.of(
            "non_digital_volume", new Label("Ei-digitaalisten asiointien määrä vuodessa", "Non-digital transactions a year",
                    "Antal icke-digitala ärenden per år"),
            "non_digital_share", new Label("Ei-digitaalisten asiointien osuus", "Share of non-digital transactions",
                    "Andel icke-digitala ärenden"),
            "handling_hours", new Label("Käsittelytunnit vuodessa (ei-digitaaliset)", "Handling hours a year (non-digital)",
                    "Handläggningstimmar per år (icke-digitala)"),
            "saving_per_transaction", new Label("Säästö asiointia kohden (€)", "Saving per transaction (EUR)",
                    "Inbesparing per ärende (€)"),
            "readiness", new Label("Asukkaiden valmius sähköiseen asiointiin", "Residents' readiness for e-services",
                    "Invånarnas beredskap för e-tjänster"),
            "sector_maturity", new Label("Toimialan digikypsyys", "Digital maturity of the sector", "Sektorns digitala mognad"),
            "net_benefit_shared", new Label("Nettohyöty yhteisenä ratkaisuna (€)", "Net benefit as a shared solution (EUR)",
                    "Nettonytta som gemensam lösning (€)"));

    public static final Label REGION = new Label("Koko alue", "Whole region", "Hela området");
    public static final Label JOINT = new Label("Yhteinen", "Joint", "Gemensam");
    /** The start of a roadmap action analytics makes from the potential ranking: "…: service (solution)". */
    public static final Label DIGITISE_SERVICE = new Label("Sähköistetään palvelu", "Digitise the service", "Digitalisera tjänsten");

    private Labels() {
    }

    public static Label sector(String code) {
        return SECTORS.getOrDefault(code, new Label(code, code, code));
    }

    public static Label costCategory(String code) {
        return COST_CATEGORIES.getOrDefault(code, new Label(code, code, code));
    }

    public static Label indicator(String id) {
        return INDICATORS.getOrDefault(id, new Label(id, id, id));
    }
}
