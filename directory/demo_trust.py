"""Demo: the page explaining the trust labels (fr/es/en), linked from every directory page. Idempotent."""

from wagtail.models import Locale

from home.demo.bodies import heading, paragraph
from home.demo.content import L, stream
from home.demo.pages import ensure_page, localized_builder
from home.models import ContentPage

from .models import DirectoryIndexPage

LABELS_PAGE = {
    "title": L("Les labels de confiance de l'annuaire", "Los sellos de confianza del directorio",
               "The directory's trust labels"),
    "slug": L("labels-de-confiance", "sellos-de-confianza", "trust-labels"),
    "show_in_menus": False,
    "lead": L(
        "Ce que signifient les labels affichés sur les fiches des structures d'accueil, et comment nous les "
        "vérifions.",
        "Qué significan los sellos que aparecen en las fichas de las organizaciones de acogida y cómo los "
        "verificamos.",
        "What the labels on the host structures' entries mean, and how we check them.",
    ),
    "body": stream("trust-labels-body", [
        heading(L("RUC enregistré", "RUC registrado", "RUC number registered")),
        paragraph(L(
            "La structure nous a donné son numéro au Registre unique des contribuables (RUC) de la SUNAT, le "
            "registre fiscal péruvien : elle existe légalement au Pérou.",
            "La organización nos dio su número del Registro Único de Contribuyentes (RUC) de la SUNAT: existe "
            "legalmente en el Perú.",
            "The structure gave us its number in the Single Taxpayer Registry (RUC) of SUNAT, Peru's tax "
            "registry: it legally exists in Peru.")),
        heading(L("Inscrite à l'APCI", "Inscrita en la APCI", "Registered with APCI")),
        paragraph(L(
            "La structure est inscrite auprès de l'Agence péruvienne de coopération internationale (APCI), qui "
            "enregistre les organisations recevant de la coopération internationale.",
            "La organización está inscrita en la Agencia Peruana de Cooperación Internacional (APCI), que registra "
            "a las organizaciones que reciben cooperación internacional.",
            "The structure is registered with the Peruvian Agency for International Cooperation (APCI), which "
            "records the organisations receiving international cooperation.")),
        heading(L("Visitée par l'équipe de Lima", "Visitada por el equipo de Lima", "Visited by the Lima team")),
        paragraph(L(
            "Un membre de l'équipe de France Volontaires Pérou s'est rendu sur place à la date indiquée.",
            "Un miembro del equipo de France Volontaires Perú visitó el lugar en la fecha indicada.",
            "A member of the France Volontaires Pérou team went there on the date shown.")),
        heading(L("A accueilli des volontaires", "Ha acogido voluntarios", "Has hosted volunteers")),
        paragraph(L(
            "Les années où la structure a accueilli des volontaires, d'après les dossiers de l'équipe de Lima.",
            "Los años en que la organización acogió voluntarios, según los registros del equipo de Lima.",
            "The years in which the structure hosted volunteers, from the Lima team's records.")),
        heading(L("Confirmée depuis moins de 12 mois", "Confirmada hace menos de 12 meses",
                  "Confirmed within the last 12 months")),
        paragraph(L(
            "Chaque année, la structure reçoit un lien pour vérifier sa fiche. Elle l'a confirmée, ou ses "
            "corrections ont été vérifiées par l'équipe, il y a moins de 12 mois.",
            "Cada año, la organización recibe un enlace para revisar su ficha. La confirmó, o el equipo verificó "
            "sus correcciones, hace menos de 12 meses.",
            "Every year the structure receives a link to check its entry. It confirmed it, or the team checked its "
            "corrections, within the last 12 months.")),
    ]),
}


def ensure_labels_page(home, directory_page):
    """The explanation page under the home page, and each language's directory page pointing at it."""
    page, created = ensure_page(home, ContentPage, "labels-de-confiance", localized_builder(LABELS_PAGE))
    for locale in Locale.objects.all():
        directory = DirectoryIndexPage.objects.filter(translation_key=directory_page.translation_key,
                                                      locale=locale).first()
        target = page.get_translation_or_none(locale)
        if directory is None or target is None or directory.trust_labels_page_id == target.pk:
            continue
        directory.trust_labels_page = target
        directory.save_revision().publish()
    return page, created
