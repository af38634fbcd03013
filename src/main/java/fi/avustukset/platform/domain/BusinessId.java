package fi.avustukset.platform.domain;

import java.util.regex.Pattern;

/** Finnish business id (Y-tunnus) {@code NNNNNNN-N} with its modulo-11 check digit. */
public final class BusinessId {

  private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  public static boolean isValid(String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (value.charAt(i) - '0') * WEIGHTS[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return false; // no valid check digit exists for remainder 1
    }
    int check = remainder == 0 ? 0 : 11 - remainder;
    return value.charAt(8) - '0' == check;
  }

  private BusinessId() {}
}
