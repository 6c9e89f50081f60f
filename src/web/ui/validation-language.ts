// Form validation speaks the UI's language (zod's global error map follows it). Loaded with the
// form kit, not with the first page: zod is in the chunks of pages that have forms only.
import { setValidationLanguage } from '../../common/validation-messages';
import i18n from '../i18n';

const follow = (lang: string) => setValidationLanguage(lang.startsWith('en') ? 'en' : 'es');
follow(i18n.language);
i18n.on('languageChanged', follow);
