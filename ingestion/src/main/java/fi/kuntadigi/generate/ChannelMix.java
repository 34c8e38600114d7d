package fi.kuntadigi.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Splits a service's demand over the channels in a month. Digital take-up rises linearly from 20 % in
 * January 2019 to about 55 % at the end of 2025, up to 10 points faster in larger municipalities and
 * scaled by the service's digital affinity. Digital demand goes mostly to the identified e-service when
 * the service needs identification, otherwise to a web form; chat takes 3 %. The non-digital rest is
 * split by per-service weights around paper 28 %, phone 35 %, face to face 25 %, e-mail 12 %.
 */
final class ChannelMix {

    private static final int FIRST_YEAR = 2019;
    private static final double START_TAKE_UP = 0.20;
    private static final double RISE = 0.35;
    private static final double SIZE_BONUS = 0.10;
    private static final double CHAT_SHARE = 0.03;
    private static final double IDENTIFIED_SHARE = 0.85;
    private static final double[] NON_DIGITAL_BASE = {0.28, 0.35, 0.25, 0.12};

    private final Map<String, double[]> nonDigitalWeights = new HashMap<>();

    ChannelMix(List<Service> services, long seed) {
        for (Service s : services) {
            SplittableRandom random = Seeds.random(seed, "channel-mix", s.code());
            double[] weights = new double[NON_DIGITAL_BASE.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = NON_DIGITAL_BASE[i] * (0.6 + 0.8 * random.nextDouble());
                sum += weights[i];
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= sum;
            }
            nonDigitalWeights.put(s.code(), weights);
        }
    }

    /** Share of all transactions done digitally. */
    static double digitalTakeUp(Service service, int population, int year, int month) {
        double progress = Math.min(1, Math.max(0, (year - FIRST_YEAR + (month - 1) / 12.0) / 7.0));
        double size = Math.min(1, Math.max(-1, Math.log10(Math.max(1, population) / 4_000.0) / 1.5));
        double takeUp = (START_TAKE_UP + (RISE + SIZE_BONUS * size) * progress) * service.digitalAffinity();
        return Math.min(0.9, Math.max(0.02, takeUp));
    }

    /** Shares of the channels in {@link Channel} order; they add up to 1. */
    double[] shares(Service service, int population, int year, int month) {
        double digital = digitalTakeUp(service, population, year, month);
        double[] nonDigital = nonDigitalWeights.get(service.code());
        double identified = service.identificationRequired() ? IDENTIFIED_SHARE : 0;
        double[] shares = new double[Channel.values().length];
        for (int i = 0; i < nonDigital.length; i++) {
            shares[i] = (1 - digital) * nonDigital[i];
        }
        shares[Channel.CHAT.ordinal()] = digital * CHAT_SHARE;
        shares[Channel.ESERVICE_IDENTIFIED.ordinal()] = digital * (1 - CHAT_SHARE) * identified;
        shares[Channel.WEB_FORM.ordinal()] = digital * (1 - CHAT_SHARE) * (1 - identified);
        return shares;
    }
}
