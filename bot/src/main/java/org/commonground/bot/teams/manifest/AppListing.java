package org.commonground.bot.teams.manifest;

import java.util.List;

/**
 * What a tenant's Teams is told about this installation of the app.
 *
 * @param appId the bot's Microsoft App ID, used as the package's id too (Teams allows the two to be
 *     the same, and it keeps the package stable across rebuilds)
 * @param version MAJOR.MINOR.PATCH; Teams accepts an updated package only with a higher one
 * @param developer who publishes the app, as the admin center shows it
 * @param validDomains hosts the app may open in Teams, without a scheme; may be empty
 */
public record AppListing(
    String appId, String version, Developer developer, List<String> validDomains) {

  public AppListing {
    validDomains = List.copyOf(validDomains);
  }

  /**
   * The publisher Teams shows on the app's page; all three links must be https.
   *
   * @param name the publisher's name
   * @param websiteUrl the publisher's or the network's site
   * @param privacyUrl the privacy notice
   * @param termsOfUseUrl the terms of use
   */
  public record Developer(
      String name, String websiteUrl, String privacyUrl, String termsOfUseUrl) {}
}
