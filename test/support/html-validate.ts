// The html-validate rules every built page is held to.
import { HtmlValidate } from 'html-validate';

/** A validator with the recommended rules, less those that only judge Astro's own output style. */
export function siteValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements as <meta … /> and attributes its own way; neither affects validity.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
      // Swedish document titles are long; the page title keeps the document's own title whole.
      'long-title': ['error', { maxlength: 160 }],
      // Facet checkboxes share a name on purpose: a GET form sends ?typ=a&typ=b.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    },
  });
}
