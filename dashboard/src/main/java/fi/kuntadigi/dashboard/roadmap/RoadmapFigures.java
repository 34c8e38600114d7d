package fi.kuntadigi.dashboard.roadmap;

import static fi.kuntadigi.dashboard.figures.Chart.Type.STACKED;
import static fi.kuntadigi.dashboard.figures.Chart.Type.TIMELINE;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** The 2021-2025 roadmap: timeline by quarter, progress, and the officials' plain list. */
public final class RoadmapFigures {

    private RoadmapFigures() {
    }

    private static final String OWNER = "(:municipality is null or owner in (:municipality, 'JOINT'))";
    /** The municipality's own actions and the joint ones it takes part in (no participants listed: all of them). */
    private static final String TAKES_PART = """
            (:municipality is null or s.owner = :municipality or (s.owner = 'JOINT'
              and (a.participants is null or list_contains(string_split(a.participants, '|'), :municipality))))""";

    public static List<Figure> all() {
        return List.of(
                Figure.of("roadmap.timeline", Role.PUBLIC, Chart.of(TIMELINE, "action", "start_quarter", "end_quarter").bySeries("status"), """
                        select s.owner_name_{lang} || ': ' || s.title_{lang} as action, s.start_quarter, s.end_quarter, s.status,
                               (select string_agg(d.owner_name_{lang} || ': ' || d.title_{lang}, '; '
                                                  order by d.start_quarter, d.owner_name_{lang}, d.title_{lang})
                                from {mart:roadmap_schedule} d
                                where list_contains(string_split(coalesce(s.depends_on, ''), '|'), d.action_id)) as depends_on,
                               s.owner_name_{lang} as owner
                        from {mart:roadmap_schedule} s left join {dataset:roadmap_actions} a on a.action_id = s.action_id
                        where s.placed and %s
                        order by s.owner = 'JOINT' desc, owner, s.start_quarter, action""".formatted(TAKES_PART)),
                Figure.of("roadmap.progress", Role.PUBLIC, Chart.of(STACKED, "year", "done", "in_progress", "not_started", "dropped"), """
                        select year, sum(planned) as planned, sum(done) as done, sum(in_progress) as in_progress,
                               sum(not_started) as not_started, sum(dropped) as dropped
                        from {mart:roadmap_progress} where %s group by year order by year""".formatted(OWNER)),
                Figure.of("roadmap.plain", Role.PUBLIC, Chart.none(), """
                        select coalesce(s.start_year, 0) as year, s.owner, s.owner_name_{lang} as owner_name,
                               s.title_{lang} as action, s.status, s.start_quarter, s.placed,
                               (select string_agg(d.title_{lang}, '; ' order by d.title_{lang}) from {mart:roadmap_schedule} d
                                where list_contains(string_split(coalesce(s.depends_on, ''), '|'), d.action_id)
                                  and d.status <> 'done') as after,
                               cast((select max(status_reported_on) from {mart:roadmap_schedule}) as varchar) as status_as_of
                        from {mart:roadmap_schedule} s left join {dataset:roadmap_actions} a on a.action_id = s.action_id
                        where %s
                        order by s.placed desc, s.start_quarter, s.owner = 'JOINT', action""".formatted(TAKES_PART)));
    }
}
