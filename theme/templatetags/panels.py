from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def render_panel(context, panel):
    """Render a dashboard panel's template with the page's context plus the panel's own values."""
    panel_template = context.template.engine.get_template(panel.template)
    with context.push(panel=panel, **panel.context):
        return panel_template.render(context)
