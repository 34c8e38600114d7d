package fi.kuntadigi.generate;

/**
 * The seven customer channels of the contract with the share of a service's manual handling time a
 * transaction on the channel takes (assumption: an identified e-service lands in the back-office system
 * almost untouched, a web form is still re-keyed).
 */
enum Channel {
    PAPER("paper", false, 1.0),
    PHONE("phone", false, 0.8),
    FACE_TO_FACE("face_to_face", false, 1.0),
    EMAIL("email", false, 0.9),
    WEB_FORM("web_form", true, 0.4),
    ESERVICE_IDENTIFIED("eservice_identified", true, 0.05),
    CHAT("chat", true, 0.5);

    private final String code;
    private final boolean digital;
    private final double handlingFactor;

    Channel(String code, boolean digital, double handlingFactor) {
        this.code = code;
        this.digital = digital;
        this.handlingFactor = handlingFactor;
    }

    String code() {
        return code;
    }

    boolean digital() {
        return digital;
    }

    double handlingFactor() {
        return handlingFactor;
    }
}
