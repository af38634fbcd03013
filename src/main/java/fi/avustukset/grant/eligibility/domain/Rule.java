package fi.avustukset.grant.eligibility.domain;

/** Eligibility rules of DOMAIN.md §3 that the system checks from the application data. */
public enum Rule {
  E1("Hakija on rekisteröity yhdistys tai säätiö, seurakunta tai neljännen sektorin toimija"),
  E2("Toiminta on yleishyödyllistä ja edistää asukkaiden hyvinvointia ja terveyttä"),
  E3("Kohderyhmä on määritelty ja toiminta on avointa koko kohderyhmälle"),
  E4("Toiminta toteuttaa hyvinvointialueen strategian painopisteitä"),
  E5("Toiminta tukee ja täydentää hyvinvointialueen palveluja"),
  E6("Toiminta on julkaistu palvelutarjottimella (Hyvinvointitarjotin, Lähellä.fi tai PTV)"),
  E7("Toiminta kattaa koko alueen tai useamman kunnan"),
  E8("Hakijalla on muuta varainhankintaa"),
  E9("Rahoitussuunnitelma on hyväksyttävä ja haettu summa mahtuu hakuun");

  private final String finnish;

  Rule(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() {
    return finnish;
  }
}
