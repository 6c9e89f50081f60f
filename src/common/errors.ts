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
  // auth
  invalid_credentials: 'Usuario o contraseña incorrectos.',
  account_locked: 'La cuenta está bloqueada temporalmente por intentos fallidos. Intente más tarde.',
  account_disabled: 'La cuenta está deshabilitada. Consulte a la persona administradora del sistema.',
  too_many_attempts: 'Demasiados intentos fallidos desde esta conexión. Espere unos minutos.',
  invalid_second_factor: 'El código no es válido o ya fue usado.',
  enrolment_not_started: 'Inicie de nuevo la configuración de la verificación en dos pasos.',
  second_factor_not_required: 'Su cuenta no requiere verificación en dos pasos.',
  password_change_required: 'Debe cambiar su contraseña antes de continuar.',
  weak_password: 'La contraseña no cumple la política de seguridad.',
  last_admin: 'No puede quitarse el último acceso de administración activo.',
  transparency_date_out_of_range: 'La fecha no puede ser anterior a la recepción ni posterior a hoy.',
  transparency_not_tracked:
    'La solicitud sólo fue importada; regístrela en la Unidad de Transparencia para darle trámite.',
  transparency_clarification_once: 'La prevención sólo puede formularse una vez.',
  transparency_clarification_not_lapsed:
    'El plazo de la persona solicitante para desahogar la prevención no ha vencido.',
  transparency_extension_once: 'La ampliación del plazo sólo puede hacerse una vez.',
  transparency_extension_late: 'La ampliación debe notificarse antes de que venza el plazo de respuesta.',
  transparency_period_invalid: 'El periodo no corresponde a la periodicidad de la obligación.',
  transparency_dates_invalid: 'La validación debe ser igual o posterior a la actualización y al cierre del periodo.',
  // cases
  case_not_assigned: 'No está asignado a este caso.',
  case_lead_required: 'Sólo una persona responsable de área puede asignar personal al caso.',
  case_closing_reason_required: 'Indique el motivo de conclusión del caso.',
  case_concluded: 'El caso está concluido; no admite cambios.',
  case_measure_outside_month: 'Hay acciones con fechas fuera del mes indicado.',
  case_invalid_folio_pattern: 'El patrón de folio debe contener {year} y {seq} una sola vez.',
  case_record_in_use: 'El registro ya tiene información asociada y no puede eliminarse.',
  case_assignee_not_staff: 'La persona indicada no pertenece al personal que puede atender casos.',
  // interchange (data packages and historical spreadsheets)
  invalid_package: 'El paquete de datos tiene problemas; no se guardó nada.',
  invalid_spreadsheet: 'La hoja de cálculo tiene problemas; no se guardó nada.',
  personal_data_not_exported: 'Esta versión no exporta datos personales en los paquetes de datos.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof errorMessages;

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
