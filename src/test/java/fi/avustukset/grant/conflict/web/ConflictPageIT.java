package fi.avustukset.grant.conflict.web;

import static fi.avustukset.support.FormPosts.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.FormPosts;
import fi.avustukset.support.FormPosts.Result;
import fi.avustukset.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** E11 in the browser: a reviewer declares and withdraws a conflict of interest on its page. */
class ConflictPageIT extends PostgresIntegrationTest {

  static final String ORG = "2345678-0"; // Kuopion Seudun Omaishoitajat ry (demo)

  @Test
  void reviewerDeclaresAndWithdrawsOwnConflict() {
    FormPosts forms = forms();
    String page = as("reviewer2").getForObject("/api/conflicts.html", String.class);
    assertThat(page).contains("Uusi esteellisyysilmoitus")
        .contains("Kuopion Seudun Omaishoitajat ry (2345678-0)")
        .doesNotContain("name=\"userId\" maxlength"); // a reviewer declares only for themself

    Result noReason = forms.post("reviewer2", "/api/conflicts.html", form("businessId", ORG,
        "reason", " "));
    assertThat(noReason.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.body()).contains("id=\"virhe-reason\"")
        .contains("Esteellisyyden peruste puuttuu.").contains("value=\"2345678-0\" selected");
    assertThat(declared("reviewer2")).isFalse();

    // the page carries the user's _csrf token; a forged post (none, wrong, another user's,
    // another site) declares nothing
    assertThat(page).contains("name=\"_csrf\" value=\"" + formGuard.tokenFor("reviewer2") + "\"");
    forms.assertForgeriesRefused("reviewer2", "/api/conflicts.html", form("businessId", ORG,
        "reason", "Yhdistyksen hallituksen jäsen"), null, null, () -> declared("reviewer2"));

    Result saved = forms.post("reviewer2", "/api/conflicts.html", form("businessId", ORG,
        "reason", "Yhdistyksen hallituksen jäsen", "userId", "reviewer1"));
    assertThat(saved.redirected()).isTrue();
    assertThat(saved.body()).contains("Esteellisyysilmoitus tallennettu.")
        .contains("Yhdistyksen hallituksen jäsen");
    assertThat(declared("reviewer2")).isTrue();
    assertThat(declared("reviewer1")).as("the userId field is ignored for a reviewer").isFalse();

    // another reviewer cannot withdraw it; an applicant sees nothing
    assertThat(forms.post("reviewer1", "/api/conflicts/withdraw.html", form("userId", "reviewer2",
        "businessId", ORG)).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant1").getForEntity("/api/conflicts.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.post("applicant1", "/api/conflicts.html", form("businessId", ORG,
        "reason", "x")).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(declared("reviewer2")).isTrue();

    forms.assertForgeriesRefused("reviewer2", "/api/conflicts/withdraw.html", form("userId",
        "reviewer2", "businessId", ORG), null, null, () -> declared("reviewer2"));
    Result withdrawn = forms.post("reviewer2", "/api/conflicts/withdraw.html", form("userId",
        "reviewer2", "businessId", ORG));
    assertThat(withdrawn.redirected()).isTrue();
    assertThat(withdrawn.body()).contains("Esteellisyysilmoitus peruttu.");
    assertThat(declared("reviewer2")).isFalse();

    // the preparer records one for a committee member; an unknown user is refused at the field
    Result unknown = forms.post("secretary", "/api/conflicts.html", form("userId", "nobody42",
        "businessId", ORG, "reason", "Pöytäkirja 3/2027"));
    assertThat(unknown.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.body()).contains("id=\"virhe-userId\"").contains("Käyttäjää nobody42 ei ole.");
    assertThat(forms.post("secretary", "/api/conflicts.html", form("userId", "committee1",
        "businessId", ORG, "reason", "Pöytäkirja 3/2027")).redirected()).isTrue();
    assertThat(declared("committee1")).isTrue();
    assertThat(forms.post("secretary", "/api/conflicts/withdraw.html", form("userId", "committee1",
        "businessId", ORG)).redirected()).isTrue();
    assertThat(declared("committee1")).isFalse();
  }

  private boolean declared(String userId) {
    JsonNode list = as("secretary").getForObject("/api/conflicts?businessId=" + ORG, JsonNode.class);
    for (JsonNode c : list) {
      if (c.path("userId").asText().equals(userId)) {
        return true;
      }
    }
    return false;
  }
}
