package fi.kuntadigi.roadmap;

import fi.kuntadigi.calendar.Quarter;

/** Where the scheduler put an action (start and end null when it could not be placed) and why. */
public record Placement(Action action, int priority, Quarter start, Quarter end, String reasonFi, String reasonEn,
                        String reasonSv) {

    public boolean placed() {
        return start != null;
    }
}
