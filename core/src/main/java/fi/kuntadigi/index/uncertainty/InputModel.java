package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.framework.UnitData;
import java.util.Map;

/**
 * How uncertain inputs underneath the indicators change the data (the engine cannot know: a unit cost
 * enters a saving through the caller's own formula). Given a multiplier per input named in the method's
 * {@code uncertainty.input.NAME} settings, it returns the unit data the index is then built from.
 */
@FunctionalInterface
public interface InputModel {

    /** The unit data with each named input multiplied by its factor (1 = as measured). */
    UnitData data(Map<String, Double> multipliers);

    /** Data without uncertain inputs. */
    static InputModel fixed(UnitData data) {
        return multipliers -> data;
    }
}
