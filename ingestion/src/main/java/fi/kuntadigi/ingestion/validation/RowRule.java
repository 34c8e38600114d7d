package fi.kuntadigi.ingestion.validation;

import java.io.Serializable;
import java.util.Optional;

/**
 * A rule across the columns of one typed row (e.g. the year matches the month), checked
 * after every column has passed on its own. Values are indexed like the dataset's columns.
 */
@FunctionalInterface
public interface RowRule extends Serializable {

    Optional<Issue> check(Object[] row);
}
