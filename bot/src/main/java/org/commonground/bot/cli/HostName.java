package org.commonground.bot.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A host for the manifest's {@code validDomains}: Teams wants the name alone, no scheme or path.
 */
final class HostName implements ITypeConverter<String> {

  /** Labels of letters, digits and hyphens; a leading {@code *.} is Teams' wildcard. */
  private static final Pattern HOST =
      Pattern.compile("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9-]+)+");

  @Override
  public String convert(String value) {
    if (HOST.matcher(value).matches()) {
      return value;
    }
    throw new TypeConversionException(
        "'" + value + "' is not a host name: give the name alone, e.g. example.org");
  }
}
