package fi.kuntadigi.analytics.roadmap;

import fi.kuntadigi.analytics.config.RoadmapSettings;
import fi.kuntadigi.analytics.potential.PotentialRanking;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.roadmap.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate actions from the digital-potential index: each municipality's top services (by index)
 * become "digitise this service" actions costing the municipality's share of the shared solution;
 * a service that needs identification depends on the municipality's Suomi.fi identification action;
 * they start no earlier than the configured quarter for new actions.
 */
public final class PotentialCandidates {

    private PotentialCandidates() {
    }

    public static List<Action> of(PotentialRanking ranking, List<Action> existing, ReferenceData ref,
                                  RoadmapSettings settings) {
        Set<String> ids = new HashSet<>();
        existing.forEach(a -> ids.add(a.id()));
        Map<String, String> identification = new HashMap<>();
        for (Action a : existing) {
            if (a.category().equals("suomifi")) {
                identification.putIfAbsent(a.owner(), a.id());
            }
        }
        Map<String, Integer> taken = new HashMap<>();
        List<Action> out = new ArrayList<>();
        List<PotentialRanking.Entry> byIndex = new ArrayList<>(ranking.entries());
        byIndex.sort(Comparator.comparingDouble((PotentialRanking.Entry e) -> -e.index())
                .thenComparing(PotentialRanking.Entry::municipalityCode).thenComparing(PotentialRanking.Entry::serviceCode));
        for (PotentialRanking.Entry e : byIndex) {
            int n = taken.getOrDefault(e.municipalityCode(), 0);
            String id = e.municipalityCode() + "-POT-" + e.serviceCode();
            if (n >= settings.topPotentialPerMunicipality() || ids.contains(id)) {
                continue;
            }
            taken.put(e.municipalityCode(), n + 1);
            var service = ref.service(e.serviceCode());
            String dep = e.identificationRequired() ? identification.get(e.municipalityCode()) : null;
            out.add(new Action(id, e.municipalityCode(),
                    Labels.DIGITISE_SERVICE.fi() + ": " + service.nameFi() + " (" + e.solution().nameFi() + ")",
                    Labels.DIGITISE_SERVICE.en() + ": " + service.nameEn() + " (" + e.solution().nameEn() + ")",
                    Labels.DIGITISE_SERVICE.sv() + ": " + service.nameSv() + " (" + e.solution().nameSv() + ")", "eservice",
                    "digital_potential", dep == null ? List.of() : List.of(dep), settings.potentialActionPersonDays(),
                    e.sharedOneOffCents(), false, settings.newActionsEarliest(), null));
        }
        return out;
    }
}
