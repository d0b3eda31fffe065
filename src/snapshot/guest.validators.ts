// Generated from src/snapshot/snapshot.schema.json by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
"use strict";
export const user = validate48 as unknown as Validator;
const schema67 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"userPrincipalName":{"type":["string","null"]},"mail":{"type":["string","null"]},"otherMails":{"type":["array","null"],"items":{"type":"string"}},"userType":{"type":["string","null"]},"accountEnabled":{"type":["boolean","null"]},"createdDateTime":{"type":["string","null"]},"creationType":{"type":["string","null"]},"externalUserState":{"type":["string","null"]},"externalUserStateChangeDateTime":{"type":["string","null"]},"identities":{"type":["array","null"],"items":{"$ref":"#/definitions/objectIdentity"}},"signInActivity":{"anyOf":[{"$ref":"#/definitions/signInActivity"},{"type":"null"}]},"sponsors":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}};
const schema68 = {"type":"object","properties":{"signInType":{"type":["string","null"]},"issuer":{"type":["string","null"]},"issuerAssignedId":{"type":["string","null"]}}};
const schema69 = {"type":"object","properties":{"lastSignInDateTime":{"type":["string","null"]},"lastNonInteractiveSignInDateTime":{"type":["string","null"]},"lastSuccessfulSignInDateTime":{"type":["string","null"]}}};
const schema70 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"@odata.type":{"type":"string"},"displayName":{"type":["string","null"]},"userType":{"type":["string","null"]}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate48.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate48.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema67.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userPrincipalName !== undefined){
let data2 = data.userPrincipalName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate48.errors = [{instancePath:instancePath+"/userPrincipalName",schemaPath:"#/properties/userPrincipalName/type",keyword:"type",params:{type: schema67.properties.userPrincipalName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mail !== undefined){
let data3 = data.mail;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate48.errors = [{instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/type",keyword:"type",params:{type: schema67.properties.mail.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.otherMails !== undefined){
let data4 = data.otherMails;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate48.errors = [{instancePath:instancePath+"/otherMails",schemaPath:"#/properties/otherMails/type",keyword:"type",params:{type: schema67.properties.otherMails.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate48.errors = [{instancePath:instancePath+"/otherMails/" + i0,schemaPath:"#/properties/otherMails/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userType !== undefined){
let data6 = data.userType;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate48.errors = [{instancePath:instancePath+"/userType",schemaPath:"#/properties/userType/type",keyword:"type",params:{type: schema67.properties.userType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountEnabled !== undefined){
let data7 = data.accountEnabled;
const _errs15 = errors;
if((typeof data7 !== "boolean") && (data7 !== null)){
validate48.errors = [{instancePath:instancePath+"/accountEnabled",schemaPath:"#/properties/accountEnabled/type",keyword:"type",params:{type: schema67.properties.accountEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdDateTime !== undefined){
let data8 = data.createdDateTime;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate48.errors = [{instancePath:instancePath+"/createdDateTime",schemaPath:"#/properties/createdDateTime/type",keyword:"type",params:{type: schema67.properties.createdDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creationType !== undefined){
let data9 = data.creationType;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate48.errors = [{instancePath:instancePath+"/creationType",schemaPath:"#/properties/creationType/type",keyword:"type",params:{type: schema67.properties.creationType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalUserState !== undefined){
let data10 = data.externalUserState;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate48.errors = [{instancePath:instancePath+"/externalUserState",schemaPath:"#/properties/externalUserState/type",keyword:"type",params:{type: schema67.properties.externalUserState.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalUserStateChangeDateTime !== undefined){
let data11 = data.externalUserStateChangeDateTime;
const _errs23 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate48.errors = [{instancePath:instancePath+"/externalUserStateChangeDateTime",schemaPath:"#/properties/externalUserStateChangeDateTime/type",keyword:"type",params:{type: schema67.properties.externalUserStateChangeDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identities !== undefined){
let data12 = data.identities;
const _errs25 = errors;
if((!(Array.isArray(data12))) && (data12 !== null)){
validate48.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: schema67.properties.identities.type},message:"must be array,null"}];
return false;
}
if(errors === _errs25){
if(Array.isArray(data12)){
var valid2 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.signInType !== undefined){
let data14 = data13.signInType;
const _errs30 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate48.errors = [{instancePath:instancePath+"/identities/" + i1+"/signInType",schemaPath:"#/definitions/objectIdentity/properties/signInType/type",keyword:"type",params:{type: schema68.properties.signInType.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data13.issuer !== undefined){
let data15 = data13.issuer;
const _errs32 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate48.errors = [{instancePath:instancePath+"/identities/" + i1+"/issuer",schemaPath:"#/definitions/objectIdentity/properties/issuer/type",keyword:"type",params:{type: schema68.properties.issuer.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data13.issuerAssignedId !== undefined){
let data16 = data13.issuerAssignedId;
const _errs34 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate48.errors = [{instancePath:instancePath+"/identities/" + i1+"/issuerAssignedId",schemaPath:"#/definitions/objectIdentity/properties/issuerAssignedId/type",keyword:"type",params:{type: schema68.properties.issuerAssignedId.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/identities/" + i1,schemaPath:"#/definitions/objectIdentity/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs27 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signInActivity !== undefined){
let data17 = data.signInActivity;
const _errs36 = errors;
const _errs37 = errors;
let valid5 = false;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.lastSignInDateTime !== undefined){
let data18 = data17.lastSignInDateTime;
const _errs41 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
const err0 = {instancePath:instancePath+"/signInActivity/lastSignInDateTime",schemaPath:"#/definitions/signInActivity/properties/lastSignInDateTime/type",keyword:"type",params:{type: schema69.properties.lastSignInDateTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data17.lastNonInteractiveSignInDateTime !== undefined){
let data19 = data17.lastNonInteractiveSignInDateTime;
const _errs43 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
const err1 = {instancePath:instancePath+"/signInActivity/lastNonInteractiveSignInDateTime",schemaPath:"#/definitions/signInActivity/properties/lastNonInteractiveSignInDateTime/type",keyword:"type",params:{type: schema69.properties.lastNonInteractiveSignInDateTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data17.lastSuccessfulSignInDateTime !== undefined){
let data20 = data17.lastSuccessfulSignInDateTime;
const _errs45 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
const err2 = {instancePath:instancePath+"/signInActivity/lastSuccessfulSignInDateTime",schemaPath:"#/definitions/signInActivity/properties/lastSuccessfulSignInDateTime/type",keyword:"type",params:{type: schema69.properties.lastSuccessfulSignInDateTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid7 = _errs45 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/signInActivity",schemaPath:"#/definitions/signInActivity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs38 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs47 = errors;
if(data17 !== null){
const err4 = {instancePath:instancePath+"/signInActivity",schemaPath:"#/properties/signInActivity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs47 === errors;
valid5 = valid5 || _valid0;
}
if(!valid5){
const err5 = {instancePath:instancePath+"/signInActivity",schemaPath:"#/properties/signInActivity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate48.errors = vErrors;
return false;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sponsors !== undefined){
let data21 = data.sponsors;
const _errs49 = errors;
if((!(Array.isArray(data21))) && (data21 !== null)){
validate48.errors = [{instancePath:instancePath+"/sponsors",schemaPath:"#/properties/sponsors/type",keyword:"type",params:{type: schema67.properties.sponsors.type},message:"must be array,null"}];
return false;
}
if(errors === _errs49){
if(Array.isArray(data21)){
var valid8 = true;
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing1;
if((data22.id === undefined) && (missing1 = "id")){
validate48.errors = [{instancePath:instancePath+"/sponsors/" + i2,schemaPath:"#/definitions/directoryObjectRef/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data22.id !== undefined){
const _errs54 = errors;
if(typeof data22.id !== "string"){
validate48.errors = [{instancePath:instancePath+"/sponsors/" + i2+"/id",schemaPath:"#/definitions/directoryObjectRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs54 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data22["@odata.type"] !== undefined){
const _errs56 = errors;
if(typeof data22["@odata.type"] !== "string"){
validate48.errors = [{instancePath:instancePath+"/sponsors/" + i2+"/@odata.type",schemaPath:"#/definitions/directoryObjectRef/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs56 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data22.displayName !== undefined){
let data25 = data22.displayName;
const _errs58 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate48.errors = [{instancePath:instancePath+"/sponsors/" + i2+"/displayName",schemaPath:"#/definitions/directoryObjectRef/properties/displayName/type",keyword:"type",params:{type: schema70.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid10 = _errs58 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data22.userType !== undefined){
let data26 = data22.userType;
const _errs60 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate48.errors = [{instancePath:instancePath+"/sponsors/" + i2+"/userType",schemaPath:"#/definitions/directoryObjectRef/properties/userType/type",keyword:"type",params:{type: schema70.properties.userType.type},message:"must be string,null"}];
return false;
}
var valid10 = _errs60 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/sponsors/" + i2,schemaPath:"#/definitions/directoryObjectRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs51 === errors;
if(!valid8){
break;
}
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

