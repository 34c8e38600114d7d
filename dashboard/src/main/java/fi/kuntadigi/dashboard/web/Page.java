package fi.kuntadigi.dashboard.web;

import fi.kuntadigi.dashboard.auth.Session;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Messages;

/**
 * What every page is rendered with.
 *
 * @param path     the page's path, for the language switch and the navigation
 * @param filters  the request's validated filters
 * @param session  the browser's session (anonymous before login)
 * @param messages texts in the request's language
 */
public record Page(String path, Filters filters, Session session, Messages messages) {

    /** Link to a path with the current filters (and so the language). */
    public String link(String to) {
        return to + filters.queryString();
    }

    /** The same page for another municipality. */
    public Page withMunicipality(String code) {
        return new Page(path, filters.withMunicipality(code), session, messages);
    }

    /** Link to a path in the current language only. */
    public String plainLink(String to) {
        return to + "?lang=" + filters.lang().code();
    }
}
