package fi.kuntadigi.index.audit;

import java.util.List;

/** The statistical audit of a framework run: the checks a JRC audit makes before an index is published. */
public record AuditReport(List<Availability> availability, List<Correlation> correlations,
                          List<Reliability> reliability, List<RemovalEffect> removals) {
}
