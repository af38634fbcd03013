package fi.avustukset.grant.overview.web;

import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallRepository;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the pages each role may use, by the user's groups. {@code /} leads here
 * ({@code /api} asks for the login).
 */
@Controller
public class StartPageController {

  private final CurrentUser currentUser;
  private final GrantCallRepository calls;
  private final Clock clock;

  public StartPageController(CurrentUser currentUser, GrantCallRepository calls, Clock clock) {
    this.currentUser = currentUser;
    this.calls = calls;
    this.clock = clock;
  }

  /** A link of the start page with a sentence on what it is for. */
  public record Link(String href, String title, String description) {}

  /** A group of links for one role. */
  public record Section(String title, List<Link> links) {}

  @GetMapping("/")
  public String root() {
    return "redirect:/api";
  }

  @GetMapping(value = {"/api", "/api/"}, produces = "text/html")
  public String start(Model model) {
    List<Section> sections = new ArrayList<>();
    int year = LocalDate.now(clock).getYear();
    List<Link> common = new ArrayList<>(List.of(
        new Link("/camunda/app/tasklist/", "Tasklist – omat tehtävät",
            "Tehtävät, jotka odottavat teitä tai ryhmäänne; uudet hakemukset ja haut aloitetaan "
                + "kohdasta Käynnistä prosessi.")));
    if (currentUser.isApplicantOnly()) {
      common.add(0, new Link("/api/applications.html", "Omat hakemukset",
          "Organisaationne hakemukset, niiden käsittelyvaihe, kuittaus jätetystä hakemuksesta, "
              + "päätökset, sopimukset ja raportit sekä MINNO-ilmoittautumiset."));
      common.add(new Link("/api/calls.html", "Haut", "Avoimet ja päättyneet avustushaut."));
      common.add(new Link("/api/projects.html", "Projektit ja raportointi",
          "Organisaationne rahoitetut projektit: tapahtumien kirjaus ja CSV-tuonti, palaute ja "
              + "kyselyt, vuosi- ja loppuraportit."));
      common.add(new Link("/api/minno/rounds.html", "MINNO-ilmoittautuminen",
          "Ilmoita järjestön haasteet MINNO-innovaatiokurssille ja seuraa ilmoittautumisen "
              + "käsittelyä."));
    } else if (!currentUser.groups().isEmpty()) {
      common.add(new Link("/api/conflicts.html", "Esteellisyysilmoitukset",
          "Ilmoita tai peru esteellisyytesi järjestön hakemuksiin (E11)."));
    }
    sections.add(new Section("Aloita tästä", common));

    if (currentUser.isIn(MyApplicationsController.GRANT_STAFF.toArray(String[]::new))) {
      List<Link> grant = new ArrayList<>();
      grant.add(new Link("/api/applications.html", "Hakemukset",
          "Kaikki hakemukset, vaihe ja hakijalta odotettavat toimet."));
      if (currentUser.isIn(CallPageController.READERS.toArray(String[]::new))) {
        grant.add(new Link("/api/calls.html", "Haut",
            "Haun tilanne: hakemukset vaiheittain, kenen tehtävä nyt ja haun luvut."));
        for (GrantCall c : calls.findAll(Sort.by(Sort.Direction.DESC, "createdAt"))) {
          grant.add(new Link("/api/calls/" + c.getCallKey() + ".html",
              "Haku " + c.getCallKey() + ": " + c.getName(), "Haun tilanne ja luvut."));
          if (currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.COMMITTEE,
              Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN)) {
            grant.add(new Link("/api/calls/" + c.getCallKey() + "/proposal.html",
                "Esityslista " + c.getCallKey(), "Päätösesitys jaostolle; valmistelija muuttaa "
                    + "yksittäistä esitystä perusteluineen."));
          }
        }
      }
      if (currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.CAMUNDA_ADMIN)) {
        grant.add(new Link("/api/budget/" + (year + 1) + ".html",
            "Talousarvioesitys " + (year + 1), "Avustusten talousarvioesitys seuraavalle vuodelle."));
      }
      sections.add(new Section("Avustukset", grant));
    }
    if (currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.MINNO_COORDINATOR,
        Groups.CAMUNDA_ADMIN)) {
      sections.add(new Section("Projektit ja raportointi", List.of(
          new Link("/api/projects.html", "Rahoitetut projektit",
              "Projektin perustaminen ja muokkaus, tapahtumien CSV-tuonti ja kirjaus, palaute, "
                  + "kyselyt ja itsearviointi, vuosi- ja loppuraportit, ohjelmavertailu."),
          new Link("/api/programmes.html", "Ohjelmat",
              "Ohjelmarekisteri (esim. Järjestö 2.0): ohjelmat projektimäärineen ja uuden"
                  + " ohjelman lisääminen; projektille voi merkitä vain rekisterissä olevan"
                  + " ohjelman."))));
    }
    if (currentUser.isIn(Groups.MINNO_COORDINATOR, Groups.UNIVERSITY, Groups.MANAGERS,
        Groups.CAMUNDA_ADMIN)) {
      sections.add(new Section("MINNO", List.of(
          new Link("/api/minno/rounds.html", "MINNO-kierrokset",
              "Kierrokset, ilmoittautumisajat ja ilmoittautumiset; koordinaattori ilmoittaa "
                  + "järjestön haasteet sen puolesta."),
          new Link("/api/minno/comparison.html", "MINNO-kierrosten vertailu",
              "Kierrokset rinnakkain: ilmoittautumiset, valinnat, palaute."))));
    }
    if (currentUser.isIn(Groups.MANAGERS, Groups.PROCESS_DESIGNERS, Groups.CAMUNDA_ADMIN)) {
      sections.add(new Section("Seuranta ja ylläpito", List.of(
          new Link("/camunda/app/cockpit/", "Cockpit", "Prosessien seuranta ja häiriöt."),
          new Link("/camunda/app/admin/", "Admin", "Käyttäjät, ryhmät ja oikeudet."))));
    }
    model.addAttribute("sections", sections);
    model.addAttribute("groups", currentUser.groups().stream().map(GroupNames::name).toList());
    return "start";
  }
}
