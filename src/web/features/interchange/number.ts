// Numbers as people read them in Mexico (thousands with commas).
export const formatNumber = (n: number) => new Intl.NumberFormat('es-MX').format(n);

/** A File as base64 (without the data: prefix), for JSON uploads. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
