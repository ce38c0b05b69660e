/** Free text is masked (card, ID and phone numbers, codes) before it is ever stored. */
import { maskSensitive } from '../../../miniprogram/domain/privacy/mask';

export function maskFreeText(text: string): string {
  return maskSensitive(text).text;
}
