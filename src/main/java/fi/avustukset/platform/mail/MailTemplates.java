package fi.avustukset.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import java.util.Locale;

/**
 * The texts of the messages: Thymeleaf TEXT templates in ONE folder,
 * {@code src/main/resources/templates/mail/<name>.txt}, that an administrator can read. The
 * first line of a template is the subject, the rest (after one blank line) the body.
 */
@Component
public class MailTemplates {

  public static final String FOLDER = "templates/mail/";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(FOLDER);
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  public record Rendered(String subject, String body) {}

  /** Renders a template; throws if it is missing or broken. */
  public Rendered render(String template, Map<String, Object> model) {
    String text = engine.process(template, new Context(Locale.forLanguageTag("fi-FI"), model))
        .replace("\r\n", "\n");
    int end = text.indexOf('\n');
    String subject = (end < 0 ? text : text.substring(0, end)).strip();
    String body = end < 0 ? "" : text.substring(end + 1).replaceFirst("^\\s*\n", "").stripTrailing();
    if (subject.isEmpty()) {
      throw new IllegalStateException("Viestipohjan " + template + " ensimmäinen rivi (aihe) puuttuu");
    }
    return new Rendered(subject, body + "\n");
  }
}
