package fi.kuntadigi.dashboard.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.form;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.input;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;
import static j2html.TagCreator.span;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import j2html.tags.DomContent;
import java.util.Arrays;

/** The frame of every page: skip link, navigation, language switch, login state, footer. */
public final class Layout {

    private Layout() {
    }

    public static String render(Page page, String heading, DomContent... content) {
        Messages m = page.messages();
        return document(html(
                head(meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title(heading + " – " + m.get("app.name")),
                        link().withRel("stylesheet").withHref("/assets/css/dashboard.css"),
                        script().withSrc("/assets/js/dashboard.js").attr("defer")),
                body(a(m.get("nav.skip")).withHref("#main").withClass("skip"),
                        header(p(a(m.get("app.name")).withHref(page.plainLink("/"))).withClass("brand"),
                                navigation(page), languages(page), account(page)).withClass("top"),
                        main(each(Arrays.stream(content))).withId("main").attr("tabindex", "-1"),
                        footer(p(m.get("footer.synthetic")))))
                .withLang(page.filters().lang().code()));
    }

    private static DomContent navigation(Page page) {
        Messages m = page.messages();
        return nav(ul(each(Views.all().stream()
                .filter(v -> page.session().role().canSee(v.role()))
                .map(v -> navItem(page, v.path(), m.get("view." + v.id() + ".title")))),
                navItem(page, "/" + Views.OFFICIALS, m.get("view.officials.title")),
                navItem(page, "/" + Views.REPORTS, m.get("reports.title"))))
                .attr("aria-label", m.get("nav.label"));
    }

    private static DomContent navItem(Page page, String path, String text) {
        var link = a(text).withHref(page.plainLink(path));
        if (page.path().equals(path)) {
            link.attr("aria-current", "page");
        }
        return li(link);
    }

    private static DomContent languages(Page page) {
        return ul(each(Arrays.stream(Lang.values())
                .filter(l -> l != page.filters().lang())
                .map(l -> li(a(l.selfName()).withHref(page.path() + page.filters().withLang(l).queryString())
                        .attr("lang", l.code()).attr("hreflang", l.code())))))
                .withClass("languages").attr("aria-label", page.messages().get("nav.languages"));
    }

    private static DomContent account(Page page) {
        Messages m = page.messages();
        if (!page.session().loggedIn()) {
            return div(a(m.get("login.link")).withHref(page.plainLink("/login"))).withClass("account");
        }
        return form(span(m.format("login.as", page.session().user())),
                input().withType("hidden").withName("_csrf").withValue(page.session().csrfToken()),
                input().withType("hidden").withName("lang").withValue(page.filters().lang().code()),
                button(m.get("logout.button")).withType("submit"))
                .withMethod("post").withAction("/logout").withClass("account");
    }
}
