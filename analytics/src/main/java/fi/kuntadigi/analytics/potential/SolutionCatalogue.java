package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.analytics.reference.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which solution digitises which service; services missing from the catalogue get a configured fallback. */
public final class SolutionCatalogue {

    private final Map<String, Solution> byId = new HashMap<>();
    private final Map<String, Solution> byService = new HashMap<>();
    private final String fallbackIdentified;
    private final String fallbackBasic;

    public SolutionCatalogue(List<Solution> solutions, String fallbackIdentified, String fallbackBasic) {
        for (Solution s : solutions) {
            byId.put(s.id(), s);
            for (String service : s.serviceCodes()) {
                Solution old = byService.put(service, s);
                if (old != null) {
                    throw new UnusableInputException("solutions: service " + service + " is in two solutions, " + old.id()
                            + " and " + s.id() + "; list each service in one solution only");
                }
            }
        }
        for (String id : List.of(fallbackIdentified, fallbackBasic)) {
            if (!byId.containsKey(id)) {
                throw new UnusableInputException("solutions: the fallback solution " + id + " named in the analytics settings"
                        + " is not in the solutions dataset; add it to datasets/solutions/ or change the fallback setting"
                        + " in datasets/config/analytics.properties");
            }
        }
        this.fallbackIdentified = fallbackIdentified;
        this.fallbackBasic = fallbackBasic;
    }

    public Solution forService(Service service) {
        Solution s = byService.get(service.code());
        if (s != null) {
            return s;
        }
        return byId.get(service.identificationRequired() ? fallbackIdentified : fallbackBasic);
    }
}
