/**
 * Documents a person may need. The id is the de-duplication key: causes that need the same thing share one id,
 * and the cloud stores checklist ticks by it. We track only THAT a document is ready, never the document.
 */
import type { DocumentDef, DocumentId } from './types';

const PHOTO_STAYS = '照片只留在你自己的手机里，本小程序不会上传。只在官方申诉页面里提交。';
const NO_STRANGERS = '不要发给任何私下联系你的“客服”。';

export const DOCUMENTS: Readonly<Record<DocumentId, DocumentDef>> = {
  'id-card': {
    id: 'id-card',
    name: '身份证原件',
    howToObtain: '用你自己的身份证。过期或丢了，去户口所在地或居住地的派出所办理。',
    privacy: '只拿给银行柜台、警察、法院的工作人员看。不要拍照发给陌生人。',
  },
  'id-card-photo': {
    id: 'id-card-photo',
    name: '身份证正反面照片',
    howToObtain: '把身份证放在桌上，用手机拍正面和反面，拍清楚、不反光。',
    privacy: `${PHOTO_STAYS}${NO_STRANGERS}`,
  },
  'id-card-selfie': {
    id: 'id-card-selfie',
    name: '手持身份证照片',
    howToObtain: '请家人帮忙，拍一张你本人拿着身份证的照片，人脸和证件都要看得清。',
    privacy: `${PHOTO_STAYS}${NO_STRANGERS}`,
  },
  'transaction-records': {
    id: 'transaction-records',
    name: '交易明细（微信账单或银行流水）',
    howToObtain: '微信里：我→服务→钱包→账单，截图相关的几笔。银行流水可以在银行App里查，或去网点打印。',
    privacy: '截图前可以遮住卡号，只留后4位。截图只留在手机里。',
  },
  'purpose-statement': {
    id: 'purpose-statement',
    name: '交易用途说明（自己写）',
    howToObtain: '用几句话写清楚：这些钱是做什么用的、和谁交易、为什么金额大或次数多。本小程序可以帮你起草。',
    privacy: '只写事实。不要写身份证号、完整卡号、密码和验证码。',
  },
  'proof-of-purpose': {
    id: 'proof-of-purpose',
    name: '能说明钱的用途的凭证（合同、收据、发票或聊天记录）',
    howToObtain: '找出和这些交易有关的合同、收据、发票，或者和对方的聊天截图。',
    privacy: `${PHOTO_STAYS}聊天截图里别人的电话和地址可以遮住。`,
  },
  'travel-proof': {
    id: 'travel-proof',
    name: '行程证明（车票、机票或酒店订单）',
    howToObtain: '在买票、订酒店用的App里找订单，截图。纸质车票拍照也可以。',
    privacy: PHOTO_STAYS,
  },
  'new-card': {
    id: 'new-card',
    name: '新换的银行卡',
    howToObtain: '银行补办或换发的新卡。换卡后，要在微信里重新绑定新卡。',
    privacy: '卡号只在微信和银行的官方页面里输入。不要告诉任何人完整卡号和密码。',
  },
  'phone-in-use': {
    id: 'phone-in-use',
    name: '你现在正在用的手机号（手机带在身边）',
    howToObtain: '更新时银行会往这个号码发验证码，手机要带在身上。',
    privacy: '验证码只在银行官方App或柜台用，谁打电话来要都不给。',
  },
  'fund-source-statement': {
    id: 'fund-source-statement',
    name: '资金来源说明（自己写）',
    howToObtain: '写清楚这些钱从哪里来：工资、退休金、卖东西、亲友还钱等。能附上凭证更好。',
    privacy: '只写事实。不要写完整卡号和身份证号。',
  },
  'penalty-notice': {
    id: 'penalty-notice',
    name: '书面惩戒通知（惩戒决定）',
    howToObtain: '公安机关作出惩戒时会书面告知本人。找出这份通知，看上面写的申诉办法。',
    privacy: '原件自己收好，复印件或照片只交给作出决定的公安机关。',
  },
  'not-involved-evidence': {
    id: 'not-involved-evidence',
    name: '能说明自己没有参与的材料',
    howToObtain: '比如：卡丢失时的挂失记录、被骗时的报警回执、和对方的聊天记录、当时不在场的证明。',
    privacy: PHOTO_STAYS,
  },
  'police-notice': {
    id: 'police-notice',
    name: '公安的止付通知（短信、电话记录或纸质通知）',
    howToObtain: '保存收到的通知短信或纸质通知，记下上面写的派出所名字和电话。',
    privacy: '核实通知真假时，自己打110问，不要回拨短信里的陌生号码。',
  },
  'court-document': {
    id: 'court-document',
    name: '法律文书（裁定书、协助执行通知书等）',
    howToObtain: '法院寄给你的文书，或者向银行询问冻结是哪个法院、哪个案号，再找这家法院要。',
    privacy: '原件自己收好。只交给法院和你请的律师。',
  },
  'business-photos': {
    id: 'business-photos',
    name: '经营场所或商品的照片',
    howToObtain: '拍一拍你的摊位、店面、招牌和卖的东西。',
    privacy: PHOTO_STAYS,
  },
  'shipping-proof': {
    id: 'shipping-proof',
    name: '发货或物流凭证',
    howToObtain: '快递单照片，或者快递App里的物流记录截图。',
    privacy: `${PHOTO_STAYS}别人的电话和地址可以遮住。`,
  },
  'error-screenshot': {
    id: 'error-screenshot',
    name: '错误提示的截图',
    howToObtain: '再试一次，出现提示时同时按手机的电源键和音量下键截图（不同手机按法不同，可以请家人帮忙）。',
    privacy: '截图只留在手机里。',
  },
  'device-change-note': {
    id: 'device-change-note',
    name: '换手机或换网络的说明（自己写）',
    howToObtain: '写一句话：什么时候换了手机或网络，为什么换。',
    privacy: '只写事实，不写密码。',
  },
  'repayment-proof': {
    id: 'repayment-proof',
    name: '还款凭证',
    howToObtain: '在借款的App或银行App里找还款记录，截图。',
    privacy: '截图只留在手机里，可以遮住卡号，只留后4位。',
  },
  'credit-report': {
    id: 'credit-report',
    name: '个人信用报告',
    howToObtain: '本人带身份证到银行网点的征信自助查询机查，或在中国人民银行征信中心官方网站查。',
    privacy: '信用报告里有很多个人信息，只给需要的机构看。不要找“代查”“修复征信”的人。',
  },
  'charge-proof': {
    id: 'charge-proof',
    name: '扣款凭证（订单号、金额、时间）',
    howToObtain: '微信里：我→服务→钱包→账单，点开这一笔，截图。',
    privacy: '截图只留在手机里。',
  },
  'platform-bill': {
    id: 'platform-bill',
    name: '平台里的账单明细',
    howToObtain: '在卡盟、游戏或网店的“我的订单”“账单”里截图。',
    privacy: '截图只留在手机里。',
  },
  'support-records': {
    id: 'support-records',
    name: '和客服沟通的记录、工单号',
    howToObtain: '截图聊天记录，写下工单号和每次联系的日期。',
    privacy: '截图只留在手机里。',
  },
  'price-screenshot': {
    id: 'price-screenshot',
    name: '商品标价截图',
    howToObtain: '在平台里找到这件商品的页面，截图价格。',
    privacy: '截图只留在手机里。',
  },
  'police-receipt': {
    id: 'police-receipt',
    name: '报警回执',
    howToObtain: '打110或去派出所报警后，向民警要报警回执（或记下接警编号）。',
    privacy: '原件自己收好，只交给需要的机构。',
  },
  'login-records': {
    id: 'login-records',
    name: '登录和设备记录',
    howToObtain: '微信里：我→设置→账号与安全→登录设备管理，截图。平台账号的登录记录也截图。',
    privacy: '截图只留在手机里。',
  },
  'order-record': {
    id: 'order-record',
    name: '订单页面截图',
    howToObtain: '在平台“我的订单”里找到这一单，截图。',
    privacy: '截图只留在手机里。',
  },
  'freeze-notice': {
    id: 'freeze-notice',
    name: '冻结通知（上面写着冻结的单位、案号、电话）',
    howToObtain: '公安机关冻结时会通知；没收到的，打银行卡背面的电话，问清是哪个单位冻结的、电话多少。',
    privacy: '核实真假时，自己打110或银行电话问，不要回拨短信里的陌生号码。',
  },
  'guardian-proof': {
    id: 'guardian-proof',
    name: '能说明你是孩子家长的材料（户口本或出生证明）',
    howToObtain: '家里的户口本，或者孩子的出生证明。平台退款页面要什么，就按它的要求准备。',
    privacy: `${PHOTO_STAYS}孩子的身份证号只在平台官方退款页面里填。`,
  },
  'transfer-receipt': {
    id: 'transfer-receipt',
    name: '转账记录（账单详情截图）',
    howToObtain: '微信里：我→服务→钱包→账单，点开这一笔转账，截图（有转账单号、时间、金额）。',
    privacy: '截图只留在手机里。',
  },
  'business-license': {
    id: 'business-license',
    name: '营业执照或经营场所照片',
    howToObtain: '有营业执照的拍执照；小摊小店可以拍店面、招牌和卖的东西。',
    privacy: PHOTO_STAYS,
  },
};

export function getDocument(id: DocumentId): DocumentDef {
  return DOCUMENTS[id];
}
