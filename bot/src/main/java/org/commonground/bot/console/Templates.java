package org.commonground.bot.console;

import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The console's pages, drawn on the server from the Thymeleaf templates under {@code
 * console/templates/} in the jar. Thymeleaf escapes every value it writes as text, so a name typed
 * by a member can't become markup.
 */
public final class Templates {

  private final TemplateEngine engine = new TemplateEngine();

  public Templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("console/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  public void render(String template, Map<String, Object> model, Writer out) {
    engine.process(template, new Context(Locale.UK, model), out);
  }
}
