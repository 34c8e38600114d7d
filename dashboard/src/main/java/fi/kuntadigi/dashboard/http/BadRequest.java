package fi.kuntadigi.dashboard.http;

import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;

/**
 * A request the server cannot accept: answered 400 by {@code web.ErrorPages}, as a page of the
 * site in the visitor's language or as JSON. Throw it from any route; give a message key
 * ({@code error.bad.*}) with its arguments so that the reader gets the reason in their language.
 */
public class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    /** A reason from the messages: {@code key} with {@link java.text.MessageFormat} arguments. */
    public BadRequest(String key, Object... args) {
        super(Messages.of(Lang.EN).format(key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** The reason in the given language. */
    public String reason(Lang lang) {
        return Messages.of(lang).format(key, args);
    }
}
