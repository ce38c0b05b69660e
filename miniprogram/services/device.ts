/**
 * The phone's own abilities: calling a verified number, copying text, adding a calendar reminder.
 * Each resolves to true/false and never throws: a refused permission is a normal outcome.
 */
import { toast } from './feedback';
import { shanghaiTime } from '../domain/appeal/deadline';

export function callNumber(phone: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.makePhoneCall({
      phoneNumber: phone,
      success: () => resolve(true),
      fail: () => resolve(false),
    });
  });
}

export function copyText(text: string, done = '已复制，可以粘贴到申诉页面'): Promise<boolean> {
  return new Promise((resolve) => {
    wx.setClipboardData({
      data: text,
      success: () => {
        toast(done);
        resolve(true);
      },
      fail: () => {
        toast('复制没有成功，请长按文字手动复制');
        resolve(false);
      },
    });
  });
}

/** A reminder in the phone's own calendar (all-day, on a Shanghai date). */
export function addCalendarReminder(title: string, isoDate: string, description: string): Promise<boolean> {
  const start = Math.floor(shanghaiTime(isoDate, 9).getTime() / 1000);
  return new Promise((resolve) => {
    wx.addPhoneCalendar({
      title,
      startTime: start,
      allDay: true,
      description,
      alarm: true,
      alarmOffset: 0,
      success: () => {
        toast('已加到手机日历');
        resolve(true);
      },
      fail: () => {
        toast('没能加到日历，可以自己记下这个日期');
        resolve(false);
      },
    });
  });
}
