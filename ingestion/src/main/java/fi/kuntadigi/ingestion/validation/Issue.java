package fi.kuntadigi.ingestion.validation;

import java.io.Serializable;

/** Why a row is not published: the column at fault (or null for the whole row), its value and the reason. */
public record Issue(String column, String value, String reason) implements Serializable {
}
