/**
 * Stable error codes sent by the server. The web renders the Spanish message from its catalogue;
 * the server also sends this Spanish message so API clients and the CLI can show it.
 * Append feature codes at the end of the object.
 */
export const errorMessages = {
  validation_failed: 'Los datos enviados no son válidos.',
  bad_request: 'La solicitud no es válida.',
  invalid_json: 'El cuerpo de la solicitud no es JSON válido.',
  payload_too_large: 'El contenido enviado es demasiado grande.',
  unsupported_media_type: 'El tipo de contenido no es compatible.',
  unauthenticated: 'Inicie sesión para continuar.',
  second_factor_required: 'Complete la verificación en dos pasos para continuar.',
  forbidden: 'No tiene permiso para realizar esta acción.',
  csrf_failed: 'La solicitud no incluye un token de seguridad válido. Recargue la página.',
  not_found: 'No se encontró el recurso solicitado.',
  conflict: 'El registro fue modificado por otra persona. Recargue y vuelva a intentar.',
  already_exists: 'Ya existe un registro con esos datos.',
  rate_limited: 'Demasiadas solicitudes. Espere un momento e intente de nuevo.',
  internal_error: 'Ocurrió un error interno. El incidente quedó registrado.',
  invalid_transition: 'El cambio de estado no está permitido.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof errorMessages;

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
