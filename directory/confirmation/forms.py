"""The forms that propose changes to an entry: the confirmation page (the public fields a structure's contact
may change) and a reader's suggested correction."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from ..choices import SchemeCode
from ..models import HostStructure


def _model_field(name, **kwargs):
    return HostStructure._meta.get_field(name).formfield(**kwargs)


class EntryChangeForm(forms.Form):
    short_description = _model_field("short_description", widget=forms.Textarea(attrs={"rows": 3}))
    presentation = forms.CharField(
        label=_("presentation"), required=False, max_length=10_000, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Leave a blank line between paragraphs."))
    accommodation_details = _model_field("accommodation_details", widget=forms.Textarea(attrs={"rows": 3}))
    acronym = _model_field("acronym")
    city = _model_field("city")
    province = _model_field("province")
    address = _model_field("address")
    website = _model_field("website", assume_scheme="https")
    facebook_url = _model_field("facebook_url", assume_scheme="https")
    instagram_url = _model_field("instagram_url", assume_scheme="https")
    linkedin_url = _model_field("linkedin_url", assume_scheme="https")
    youtube_url = _model_field("youtube_url", assume_scheme="https")
    public_email = _model_field("public_email")
    public_phone = _model_field("public_phone")
    accommodation = _model_field("accommodation")
    minimum_stay_months = _model_field("minimum_stay_months")
    ruc_number = _model_field("ruc_number")
    schemes = forms.MultipleChoiceField(label=_("schemes hosted or possible"), choices=SchemeCode.choices,
                                        required=False, widget=forms.CheckboxSelectMultiple)
    # A volunteer need the structure wants to publish (optional; reviewed like every other change).
    need_profile = forms.CharField(label=_("Volunteer profile you are looking for"), required=False, max_length=200,
                                   help_text=_("Fill in to publish a volunteer need, e.g. a French teacher."))
    need_schemes = forms.MultipleChoiceField(label=_("Schemes for this need"), choices=SchemeCode.choices,
                                             required=False, widget=forms.CheckboxSelectMultiple)
    need_start = forms.DateField(label=_("Start of the mission (month)"), required=False,
                                 input_formats=["%Y-%m", "%Y-%m-%d", "%m/%Y"],
                                 widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"))
    need_duration = forms.IntegerField(label=_("Duration (months)"), required=False, min_value=1, max_value=36)
    need_place = forms.CharField(label=_("Place of the mission, if not your city"), required=False, max_length=100)
    message = forms.CharField(label=_("A message for the Lima team (optional)"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))
    # Honeypot: hidden from people by CSS and aria-hidden; robots filling every field give themselves away.
    nickname = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self):
        return bool(self.data.get("nickname"))

    def clean(self):
        data = super().clean()
        if data.get("need_profile") and not data.get("need_start"):
            self.add_error("need_start", _("Say when the mission would start."))
        return data

    def proposed_values(self):
        values = {name: value for name, value in self.cleaned_data.items()
                  if name not in ("message", "nickname") and not name.startswith("need_")}
        if self.cleaned_data.get("need_profile"):
            data = self.cleaned_data
            values["needs"] = [{"profile": data["need_profile"], "schemes": sorted(data.get("need_schemes") or []),
                                "starts_on": data["need_start"].replace(day=1).isoformat(),
                                "duration_months": data.get("need_duration"), "place": data.get("need_place", "")}]
        return values


class CorrectionForm(forms.Form):
    """A reader's suggested correction of one public field of a structure (or anything else, in words)."""

    OTHER = "other"
    # Free-text facts a reader can check from outside; everything else goes through "Something else".
    FIELDS = ("address", "city", "public_phone", "public_email", "website", "facebook_url", "instagram_url",
              "short_description")

    field = forms.ChoiceField(label=_("What is wrong?"))
    value = forms.CharField(label=_("The right information"), max_length=1000,
                            widget=forms.Textarea(attrs={"rows": 3}))
    email = forms.EmailField(label=_("Your e-mail (optional)"), required=False,
                             help_text=_("Only if you want to hear whether the correction was made."))
    # Honeypot: hidden from people by CSS and aria-hidden; robots filling every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = [
            ("", _("Choose…")),
            *((name, capfirst(HostStructure._meta.get_field(name).verbose_name)) for name in self.FIELDS),
            (self.OTHER, _("Something else")),
        ]

    def is_spam(self):
        return bool(self.data.get("website"))

    def clean(self):
        data = super().clean()
        field, value = data.get("field"), " ".join((data.get("value") or "").split())
        if field and field != self.OTHER and value:
            # The same validation as the editors' form (e-mail, URL, length), so an approval cannot fail.
            model_field = HostStructure._meta.get_field(field)
            form_field = model_field.formfield(**({"assume_scheme": "https"} if field.endswith(("website", "_url"))
                                                  else {}))
            try:
                data["value"] = form_field.clean(value)
            except forms.ValidationError as error:
                self.add_error("value", error)
        return data

    def proposal(self):
        """(proposed values, message) as a change request stores them."""
        field, value = self.cleaned_data["field"], self.cleaned_data["value"]
        if field == self.OTHER:
            return {}, value
        return {field: value}, ""
