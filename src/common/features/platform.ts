import { defineSharedFeature } from '../feature.js';

/** Errors and policies of the platform (HTTP, sign-in, users, audit). */
export const platformShared = defineSharedFeature({
  name: 'platform',
  policies: {
    'audit.read': ['admin'],
    'users.admin': ['admin'],
  },
  errors: {
    validation_failed: { es: 'Los datos enviados no son válidos.', en: 'The data sent is not valid.' },
    bad_request: { es: 'La solicitud no es válida.', en: 'The request is not valid.' },
    invalid_json: { es: 'El cuerpo de la solicitud no es JSON válido.', en: 'The request body is not valid JSON.' },
    payload_too_large: { es: 'El contenido enviado es demasiado grande.', en: 'The content sent is too large.' },
    unsupported_media_type: { es: 'El tipo de contenido no es compatible.', en: 'The content type is not supported.' },
    unauthenticated: { es: 'Inicie sesión para continuar.', en: 'Sign in to continue.' },
    second_factor_required: {
      es: 'Complete la verificación en dos pasos para continuar.',
      en: 'Complete the two-step verification to continue.',
    },
    forbidden: { es: 'No tiene permiso para realizar esta acción.', en: 'You are not allowed to do this.' },
    csrf_failed: {
      es: 'La solicitud no incluye un token de seguridad válido. Recargue la página.',
      en: 'The request has no valid security token. Reload the page.',
    },
    not_found: { es: 'No se encontró el recurso solicitado.', en: 'The requested resource was not found.' },
    conflict: {
      es: 'El registro fue modificado por otra persona. Recargue y vuelva a intentar.',
      en: 'Someone else changed this record. Reload and try again.',
    },
    already_exists: { es: 'Ya existe un registro con esos datos.', en: 'A record with these data already exists.' },
    rate_limited: {
      es: 'Demasiadas solicitudes. Espere un momento e intente de nuevo.',
      en: 'Too many requests. Wait a moment and try again.',
    },
    internal_error: {
      es: 'Ocurrió un error interno. El incidente quedó registrado.',
      en: 'An internal error occurred. The incident was recorded.',
    },
    invalid_transition: { es: 'El cambio de estado no está permitido.', en: 'This status change is not allowed.' },
    invalid_credentials: { es: 'Usuario o contraseña incorrectos.', en: 'Wrong username or password.' },
    account_locked: {
      es: 'La cuenta está bloqueada temporalmente por intentos fallidos. Intente más tarde.',
      en: 'The account is temporarily locked after failed attempts. Try again later.',
    },
    account_disabled: {
      es: 'La cuenta está deshabilitada. Consulte a la persona administradora del sistema.',
      en: 'The account is disabled. Ask the system administrator.',
    },
    too_many_attempts: {
      es: 'Demasiados intentos fallidos desde esta conexión. Espere unos minutos.',
      en: 'Too many failed attempts from this connection. Wait a few minutes.',
    },
    invalid_second_factor: {
      es: 'El código no es válido o ya fue usado.',
      en: 'The code is not valid or was already used.',
    },
    enrolment_not_started: {
      es: 'Inicie de nuevo la configuración de la verificación en dos pasos.',
      en: 'Start the two-step verification setup again.',
    },
    second_factor_not_required: {
      es: 'Su cuenta no requiere verificación en dos pasos.',
      en: 'Your account does not require two-step verification.',
    },
    password_change_required: {
      es: 'Debe cambiar su contraseña antes de continuar.',
      en: 'You must change your password before continuing.',
    },
    weak_password: {
      es: 'La contraseña no cumple la política de seguridad.',
      en: 'The password does not meet the security policy.',
    },
    last_admin: {
      es: 'No puede quitarse el último acceso de administración activo.',
      en: 'The last active administrator access cannot be removed.',
    },
  },
});
