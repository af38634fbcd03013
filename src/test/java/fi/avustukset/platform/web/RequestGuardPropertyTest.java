package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.Assertions;

/** Properties of the input guards (issue 9.2, 9.7), checked on generated input by jqwik. */
class RequestGuardPropertyTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<String> cleanText() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars('ä', 'ö', 'å', 'Ä', '€', '\n', '\t')
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<Character> controlCharacter() {
    return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'),
        Arbitraries.chars().range('\u000b', '\u000c'), Arbitraries.chars().range('\u000e', '\u001f'),
        Arbitraries.of('\u007f', '\u0085', '\u202e', '\ufeff'));
  }

  @Property(tries = 300)
  void wellFormedJsonWithoutControlCharactersPasses(@ForAll("cleanText") String a,
      @ForAll("cleanText") String b, @ForAll @IntRange(min = -1000, max = 1000) int n)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", a);
    body.put("variables", Map.of("callName", Map.of("value", b, "type", "String")));
    body.put("count", n);
    assertThat(RequestGuardFilter.checkJson(JSON.writeValueAsBytes(body))).isNull();
  }

  @Property(tries = 300)
  void aControlCharacterAnywhereInATextIsRefusedNamingTheField(@ForAll("cleanText") String before,
      @ForAll("cleanText") String after, @ForAll("controlCharacter") char control,
      @ForAll @IntRange(min = 0, max = 2) int where) throws Exception {
    String text = before + control + after;
    Object body = switch (where) {
      case 0 -> Map.of("businessId", text, "name", "ok");
      case 1 -> Map.of("variables", Map.of("businessId", Map.of("value", text, "type", "String")));
      default -> Map.of("items", java.util.List.of(Map.of("businessId", text)));
    };
    FieldError error = RequestGuardFilter.checkJson(JSON.writeValueAsBytes(body));
    assertThat(error).isNotNull();
    assertThat(error.field()).isEqualTo("businessId");
    assertThat(error.sentence()).contains("ohjausmerkkejä").matches("(?s)^\\p{Lu}.*\\.$");
  }

  @Property(tries = 300)
  void aJsonCutShortOrFollowedByGarbageIsRefused(@ForAll("cleanText") String a,
      @ForAll @IntRange(min = 1, max = 200) int cut, @ForAll("cleanText") String garbage)
      throws Exception {
    byte[] whole = JSON.writeValueAsBytes(Map.of("name", a, "nested", Map.of("x", a)));
    int length = Math.min(cut, whole.length - 1);
    byte[] truncated = java.util.Arrays.copyOf(whole, length);
    assertThat(RequestGuardFilter.checkJson(truncated)).as(new String(truncated,
        StandardCharsets.UTF_8)).isNotNull();
    Assume.that(!garbage.isBlank());
    byte[] trailing = (new String(whole, StandardCharsets.UTF_8) + " " + garbage)
        .getBytes(StandardCharsets.UTF_8);
    assertThat(RequestGuardFilter.checkJson(trailing)).isNotNull();
  }

  @Property(tries = 200)
  void bytesThatAreNotUtf8AreRefused(@ForAll("cleanText") String a,
      @ForAll @IntRange(min = 0x80, max = 0xff) int bad) {
    byte[] prefix = ("{\"name\":\"" + a.replace("\\", "").replace("\"", "")).getBytes(StandardCharsets.UTF_8);
    byte[] body = java.util.Arrays.copyOf(prefix, prefix.length + 3);
    body[prefix.length] = (byte) bad;
    body[prefix.length + 1] = '"';
    body[prefix.length + 2] = '}';
    Assume.that(bad >= 0xf8 || (bad & 0xc0) == 0x80); // never the start of a valid sequence here
    assertThat(RequestGuardFilter.checkJson(body)).isNotNull();
  }

  @Property(tries = 200)
  void amountsAreReadOnlyInAsciiDigits(@ForAll @IntRange(min = 0, max = 9_999_999) int amount,
      @ForAll @IntRange(min = 0, max = 3) int script) {
    String ascii = Integer.toString(amount);
    assertThat(Values.decimal(ascii)).isEqualByComparingTo(Integer.toString(amount));
    int zero = new int[] {0x0660, 0x06f0, 0x0966, 0xff10}[script]; // Arabic-Indic, Persian, Devanagari, full-width
    StringBuilder other = new StringBuilder();
    ascii.chars().forEach(c -> other.appendCodePoint(zero + (c - '0')));
    Assertions.assertThatThrownBy(() -> Values.decimal(other.toString()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
