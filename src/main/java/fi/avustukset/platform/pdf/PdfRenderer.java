package fi.avustukset.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * PDF documents from the SAME Thymeleaf templates as the HTML pages (templates/*.html): the
 * page is rendered outside of any request (e.g. in the job that makes a decision final), turned
 * into a PDF/A-2u document on A4 with DejaVu Sans embedded (every Finnish character), and the
 * page's own stylesheet (static/css/app.css) applies, plus a few print rules of
 * {@link #PRINT_CSS}. Templates may use the beans ({@code @fmt}, {@code @currentUser}).
 */
@Component
public class PdfRenderer {

  static final String FONT = "DejaVu Sans";

  /** Print rules: A4, page numbers, the embedded font everywhere, no site navigation. */
  static final String PRINT_CSS = """
      @page { size: A4; margin: 20mm 18mm 22mm 18mm;
        @bottom-right { content: "Sivu " counter(page) " / " counter(pages);
          font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; } }
      * { font-family: 'DejaVu Sans' !important; }
      body { max-width: none !important; margin: 0 !important; font-size: 10pt; line-height: 1.4; }
      .site-header nav, .site-user, .no-print, form, button { display: none !important; }
      .print-only { display: inline !important; }
      table { width: 100%; border-collapse: collapse; }
      th, td { text-align: left; vertical-align: top; padding: 2pt 5pt 2pt 0; }
      td.num, th.num { text-align: right; }
      tr { page-break-inside: avoid; }
      """;

  /** openhtmltopdf reports every CSS rule it skips (flex, :root…) at WARNING: keep errors only. */
  private static final java.util.logging.Logger RENDERER_LOG =
      java.util.logging.Logger.getLogger("com.openhtmltopdf");

  static {
    RENDERER_LOG.setLevel(java.util.logging.Level.SEVERE);
    for (String name : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
      com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.SEVERE);
    }
  }

  private static final java.util.regex.Pattern CUSTOM_PROPERTY =
      java.util.regex.Pattern.compile("(--[A-Za-z0-9-]+)\\s*:\\s*([^;}]+)");
  private static final java.util.regex.Pattern VAR =
      java.util.regex.Pattern.compile("var\\((--[A-Za-z0-9-]+)(?:\\s*,\\s*([^)]+))?\\)");

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final ApplicationContext applicationContext;
  private final ConversionService conversionService;
  private final byte[] colorProfile;

  public PdfRenderer(ApplicationContext applicationContext,
      org.springframework.beans.factory.ObjectProvider<ConversionService> conversionService) {
    this.applicationContext = applicationContext;
    this.conversionService = conversionService.getIfAvailable();
    SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
    resolver.setApplicationContext(applicationContext);
    resolver.setPrefix("classpath:/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    // Outside a request: "/css/app.css" stays as it is; PdfRenderer resolves it on the classpath.
    engine.setLinkBuilder(new StandardLinkBuilder() {
      @Override
      protected String computeContextPath(IExpressionContext context, String base,
          Map<String, Object> parameters) {
        return "";
      }
    });
    this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /** The page as HTML, as the PDF sees it (for tests and for a stored copy). */
  public String html(String template, Map<String, Object> model) {
    Context context = new Context(Locale.forLanguageTag("fi-FI"), model);
    context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(applicationContext, conversionService));
    return engine.process(template, context);
  }

  /** The template rendered as a PDF/A-2u document. */
  public byte[] pdf(String template, Map<String, Object> model) {
    return pdfFromHtml(html(template, model));
  }

  public byte[] pdfFromHtml(String html) {
    org.jsoup.nodes.Document parsed = Jsoup.parse(html, "");
    // The page's own stylesheets from static/ on the classpath, inline; nothing from the network.
    for (org.jsoup.nodes.Element link : parsed.select("link[rel=stylesheet]")) {
      String css = withoutVariables(stylesheet(link.attr("href")));
      if (css != null) {
        link.after(new org.jsoup.nodes.Element("style").appendText(css));
      }
      link.remove();
    }
    parsed.head().appendElement("style").appendText(PRINT_CSS);
    org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
    Fonts fonts = borrowFonts();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.useFastMode();
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      builder.useColorProfile(colorProfile);
      builder.usePdfUaAccessbility(false);
      builder.useFont(fonts.embedded(pdf, fonts.regular), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(fonts.embedded(pdf, fonts.bold), FONT, 700, FontStyle.NORMAL, true);
      builder.useFont(fonts.embedded(pdf, fonts.oblique), FONT, 400, FontStyle.ITALIC, true);
      builder.useFont(fonts.embedded(pdf, fonts.oblique), FONT, 400, FontStyle.OBLIQUE, true);
      builder.useUriResolver((baseUri, uri) -> null); // no external resources
      builder.withW3cDocument(document, "about:blank");
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      fonts.release(this.fonts);
    }
  }

  /**
   * Parsed fonts kept between documents: parsing the three DejaVu files took about 40 % of a
   * letter's rendering (BENCHMARKS.md). A parsed {@link TrueTypeFont} reads its tables from one
   * shared buffer, so one set serves one document at a time; sets are borrowed from a small
   * pool (a new one is parsed when all are in use; at most {@link #POOLED_FONT_SETS} are kept).
   */
  static final int POOLED_FONT_SETS = 4;
  private final BlockingQueue<Fonts> fonts = new ArrayBlockingQueue<>(POOLED_FONT_SETS);

  private Fonts borrowFonts() {
    Fonts pooled = fonts.poll();
    return pooled != null ? pooled : Fonts.parse();
  }

  static final class Fonts {
    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont oblique;

    private Fonts(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont oblique) {
      this.regular = regular;
      this.bold = bold;
      this.oblique = oblique;
    }

    static Fonts parse() {
      return new Fonts(parse("DejaVuSans.ttf"), parse("DejaVuSans-Bold.ttf"),
          parse("DejaVuSans-Oblique.ttf"));
    }

    private static TrueTypeFont parse(String file) {
      try (InputStream in = open("fonts/" + file)) {
        return new TTFParser().parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The font embedded (as a subset) in {@code pdf}, loaded only when the layout uses it. */
    PDFontSupplier embedded(PDDocument pdf, TrueTypeFont ttf) {
      return new PDFontSupplier(null) {
        private PDFont font;

        @Override
        public PDFont supply() {
          if (font == null) {
            try {
              font = PDType0Font.load(pdf, ttf, true);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return font;
        }
      };
    }

    void release(BlockingQueue<Fonts> pool) {
      pool.offer(this); // dropped when the pool is full
    }
  }

  private static InputStream open(String resource) {
    InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing font " + resource);
    }
    return in;
  }

  /**
   * The renderer knows no CSS custom properties: each {@code var(--x)} becomes the value the
   * stylesheet declares for {@code --x} (the page's colours survive in the PDF).
   */
  static String withoutVariables(String css) {
    if (css == null) {
      return null;
    }
    Map<String, String> values = new java.util.HashMap<>();
    var declared = CUSTOM_PROPERTY.matcher(css);
    while (declared.find()) {
      values.putIfAbsent(declared.group(1), declared.group(2).trim());
    }
    var used = VAR.matcher(css);
    StringBuilder out = new StringBuilder();
    while (used.find()) {
      String value = values.getOrDefault(used.group(1),
          used.group(2) == null ? "inherit" : used.group(2).trim());
      used.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
    }
    used.appendTail(out);
    return out.toString();
  }

  /** A stylesheet of static/ (e.g. "/css/app.css"), or null when there is none. */
  private static String stylesheet(String href) {
    if (href == null || !href.startsWith("/") || href.contains("..")) {
      return null;
    }
    String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
    try (InputStream in = PdfRenderer.class.getClassLoader()
        .getResourceAsStream("static" + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
