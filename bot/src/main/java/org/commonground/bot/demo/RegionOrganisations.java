package org.commonground.bot.demo;

import java.util.List;
import org.commonground.storage.organisations.Sector;

/**
 * Organisations of the demo network: bodies of the Liverpool City Region and Cheshire, and some
 * plausible smaller ones. The people in the demo are fictional.
 */
final class RegionOrganisations {

  /** An organisation, its sector and where it mostly works. */
  record Org(String name, Sector sector, String place) {}

  static final List<Org> ALL =
      List.of(
          new Org("Liverpool City Council", Sector.LOCAL_AUTHORITY, "Liverpool"),
          new Org("Wirral Council", Sector.LOCAL_AUTHORITY, "Wirral"),
          new Org("Sefton Council", Sector.LOCAL_AUTHORITY, "Sefton"),
          new Org("Knowsley Council", Sector.LOCAL_AUTHORITY, "Knowsley"),
          new Org("St Helens Borough Council", Sector.LOCAL_AUTHORITY, "St Helens"),
          new Org("Halton Borough Council", Sector.LOCAL_AUTHORITY, "Halton"),
          new Org("Cheshire East Council", Sector.LOCAL_AUTHORITY, "Cheshire East"),
          new Org(
              "Cheshire West and Chester Council",
              Sector.LOCAL_AUTHORITY,
              "Cheshire West and Chester"),
          new Org("Warrington Borough Council", Sector.LOCAL_AUTHORITY, "Warrington"),
          new Org(
              "Liverpool City Region Combined Authority", Sector.LOCAL_AUTHORITY, "Region-wide"),
          new Org("NHS Cheshire and Merseyside", Sector.NHS_HEALTH, "Region-wide"),
          new Org("Mersey Care NHS Foundation Trust", Sector.NHS_HEALTH, "Liverpool"),
          new Org("Alder Hey Children's NHS Foundation Trust", Sector.NHS_HEALTH, "Liverpool"),
          new Org(
              "Wirral Community Health and Care NHS Foundation Trust", Sector.NHS_HEALTH, "Wirral"),
          new Org(
              "Bridgewater Community Healthcare NHS Foundation Trust",
              Sector.NHS_HEALTH,
              "Warrington"),
          new Org("Plus Dane Housing", Sector.HOUSING, "Liverpool"),
          new Org("Torus", Sector.HOUSING, "St Helens"),
          new Org("Magenta Living", Sector.HOUSING, "Wirral"),
          new Org("Halton Housing", Sector.HOUSING, "Halton"),
          new Org("Onward Homes", Sector.HOUSING, "Knowsley"),
          new Org("Local Solutions", Sector.VCFSE, "Liverpool"),
          new Org("Open Door Centre", Sector.VCFSE, "Wirral"),
          new Org("Kindred", Sector.VCFSE, "Liverpool"),
          new Org("Juno Women's Aid", Sector.VCFSE, "Region-wide"),
          new Org("Transform Lives", Sector.VCFSE, "Sefton"),
          new Org("Citizens Advice Liverpool", Sector.VCFSE, "Liverpool"),
          new Org("Age UK Mid Mersey", Sector.VCFSE, "St Helens"),
          new Org("Sefton Council for Voluntary Service", Sector.VCFSE, "Sefton"),
          new Org("Knowsley Youth Mutual", Sector.VCFSE, "Knowsley"),
          new Org("Cheshire Carers Network", Sector.VCFSE, "Cheshire East"),
          new Org("Mersey Food Hub CIC", Sector.SOCIAL_ENTERPRISE, "Liverpool"),
          new Org("Wirral Digital Skills CIC", Sector.SOCIAL_ENTERPRISE, "Wirral"),
          new Org("Halton Community Energy", Sector.SOCIAL_ENTERPRISE, "Halton"),
          new Org("Warrington Works CIC", Sector.SOCIAL_ENTERPRISE, "Warrington"),
          new Org("University of Liverpool", Sector.EDUCATION_RESEARCH, "Liverpool"),
          new Org("Liverpool John Moores University", Sector.EDUCATION_RESEARCH, "Liverpool"),
          new Org("Edge Hill University", Sector.EDUCATION_RESEARCH, "Region-wide"),
          new Org("University of Chester", Sector.EDUCATION_RESEARCH, "Cheshire West and Chester"));

  private RegionOrganisations() {}
}
